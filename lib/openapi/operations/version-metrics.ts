import { versionMetricsQuerySchema, versionMetricsSchema } from "@/lib/schemas/version-metrics";
import { defineOperations } from "../define";

export const versionMetricsOperations = defineOperations([
  {
    method: "get",
    path: "/versions/{id}/metrics",
    summary:
      "A version's metrics: evaluations against its parent and base, the latest fairness report per attribute with the policy bounds, and drift series bucketed by time with warning and alert bands",
    tag: "Metrics",
    permission: "registry.read",
    pathParams: { id: "Model version id" },
    query: versionMetricsQuerySchema,
    success: {
      status: 200,
      description: "Evaluations, fairness and drift of the version",
      schema: versionMetricsSchema,
    },
    errors: [404],
  },
]);
