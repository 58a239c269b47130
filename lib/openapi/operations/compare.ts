import { compareQueryDocSchema, compareResponseSchema } from "@/lib/schemas/compare";
import { defineOperations } from "../define";

export const compareOperations = defineOperations([
  {
    method: "get",
    path: "/compare",
    summary:
      "2 to 5 versions side by side: latest overall evaluation metrics, fairness summaries and drift windows, best value per row marked",
    tag: "Metrics",
    permission: "registry.read",
    query: compareQueryDocSchema,
    success: { status: 200, description: "The comparison", schema: compareResponseSchema },
    errors: [404],
  },
]);
