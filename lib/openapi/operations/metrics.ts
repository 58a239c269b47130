import {
  driftAnswerSchema,
  driftBodySchema,
  evaluationAnswerSchema,
  evaluationRunBodySchema,
  fairnessAnswerSchema,
  fairnessBodySchema,
} from "@/lib/schemas/metrics";
import { defineOperations } from "../define";

const versionId = { id: "Model version id" };
const refusals =
  "A bad input is a 400 whose `problems` list each problem as `{ row, column, message }` (the first 20; a CSV's header is row 0) and nothing is stored. Any stage, PRODUCTION included. 413 past the size limit";

export const metricOperations = defineOperations([
  {
    method: "post",
    path: "/versions/{id}/evaluations",
    summary: `Record evaluation results: JSON (one run, or \`{ modelIndex, higherIsBetter? }\`), a CSV (\`suite,metric,value,higher_is_better[,slice]\`, one run per suite; \`?datasetVersionId=\`) or a model card as text/markdown (its model-index; \`?higherIsBetter=metric:true\` for metrics whose direction is unknown). ${refusals}`,
    tag: "Metrics",
    permission: "metrics.write",
    pathParams: versionId,
    body: evaluationRunBodySchema,
    textBodies: {
      "text/csv": "suite,metric,value,higher_is_better[,slice]",
      "text/markdown": "a model card (README.md) with a model-index in its front matter",
    },
    success: { status: 201, description: "The runs recorded", schema: evaluationAnswerSchema },
    errors: [404, 413],
  },
  {
    method: "post",
    path: "/versions/{id}/fairness",
    summary: `Compute and record fairness from predictions: JSON \`{ attribute, rows }\` or a CSV with y_true, y_pred (0 or 1) and one column per protected attribute, one report each (\`?attribute=\` names a lone \`group\` column). ${refusals}`,
    tag: "Metrics",
    permission: "metrics.write",
    pathParams: versionId,
    body: fairnessBodySchema,
    textBodies: { "text/csv": "y_true,y_pred and one column per protected attribute" },
    success: { status: 201, description: "The reports computed", schema: fairnessAnswerSchema },
    errors: [404, 413],
  },
  {
    method: "post",
    path: "/versions/{id}/drift",
    summary: `Record drift: samples the server computes PSI, KS, KS_PVALUE, JS and Wasserstein on (numbers; text gets PSI and JS, the others null), as JSON or as two CSV files (one column per feature), or pre-computed \`observations\` in bulk (up to 50,000). A window already recorded for a feature and metric is left as it was and counted in \`alreadyPresent\`. ${refusals}`,
    tag: "Metrics",
    permission: "metrics.write",
    pathParams: versionId,
    body: driftBodySchema,
    multipart: {
      reference: "CSV, one column per feature: the reference sample",
      current: "CSV with the same columns: the current window's sample",
      windowStart: "ISO 8601 date-time",
      windowEnd: "ISO 8601 date-time",
    },
    success: { status: 201, description: "What was stored", schema: driftAnswerSchema },
    errors: [404, 413],
  },
]);
