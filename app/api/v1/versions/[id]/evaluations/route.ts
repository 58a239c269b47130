import { withApi } from "@/lib/server/http/with-api";
import { uploadOf } from "@/lib/server/metrics/metrics-upload";
import { recordEvaluations } from "@/lib/server/metrics/record-evaluations";

type Params = { id: string };

/** JSON (a run, or `{ modelIndex }`), text/csv, or a model card as text/markdown. */
export const POST = withApi<Params>(
  async ({ req, principal, params }) => recordEvaluations(principal, params.id, uploadOf(req)),
  { permission: "metrics.write", status: 201 },
);
