import { withApi } from "@/lib/server/http/with-api";
import { uploadOf } from "@/lib/server/metrics/metrics-upload";
import { recordDrift } from "@/lib/server/metrics/record-drift";

type Params = { id: string };

/** JSON samples or `{ observations }` in bulk, or multipart with the CSV files `reference` and `current`. */
export const POST = withApi<Params>(
  async ({ req, principal, params }) => recordDrift(principal, params.id, uploadOf(req)),
  { permission: "metrics.write", status: 201 },
);
