import { z } from "zod";
import { AlertKind, AlertSeverity, AlertStatus } from "@/generated/prisma/enums";
import { oneOf } from "@/lib/schemas/common";
import { riskTierSchema } from "@/lib/schemas/models";

const blankIsAbsent = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** `/alerts?kind=&severity=&status=&team=&riskTier=&since=YYYY-MM-DD`: the filters the dashboard links with. */
export const listAlertsQuerySchema = z.object({
  kind: z.preprocess(blankIsAbsent, z.enum(AlertKind, oneOf(AlertKind)).optional()),
  severity: z.preprocess(blankIsAbsent, z.enum(AlertSeverity, oneOf(AlertSeverity)).optional()),
  status: z.preprocess(blankIsAbsent, z.enum(AlertStatus, oneOf(AlertStatus)).optional()),
  team: z.preprocess(blankIsAbsent, z.string().trim().max(100, "At most 100 characters").optional()),
  riskTier: z.preprocess(blankIsAbsent, riskTierSchema.optional()),
  since: z.preprocess(blankIsAbsent, z.iso.date({ error: "A date such as 2026-11-16" }).optional()),
});
export type ListAlertsQuery = z.input<typeof listAlertsQuerySchema>;
