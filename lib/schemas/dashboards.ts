import { z } from "zod";
import { riskTierSchema } from "@/lib/schemas/models";

const blankIsAbsent = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** `/dashboards?team=<slug>&riskTier=<tier>`: every tile of the dashboard reads the same two filters. */
export const dashboardFiltersSchema = z.object({
  team: z.preprocess(blankIsAbsent, z.string().trim().max(100, "At most 100 characters").optional()),
  riskTier: z.preprocess(blankIsAbsent, riskTierSchema.optional()),
});
export type DashboardFiltersInput = z.input<typeof dashboardFiltersSchema>;
