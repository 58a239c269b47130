import { withApi } from "@/lib/server/http/with-api";
import { uploadOf } from "@/lib/server/metrics/metrics-upload";
import { recordFairnessReports } from "@/lib/server/metrics/record-fairness-reports";

type Params = { id: string };

/** JSON `{ attribute, rows }`, or text/csv with y_true, y_pred and a column per attribute. */
export const POST = withApi<Params>(
  async ({ req, principal, params }) => recordFairnessReports(principal, params.id, uploadOf(req)),
  { permission: "metrics.write", status: 201 },
);
