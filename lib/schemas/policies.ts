import { z } from "zod";
import { policyModeSchema, policyStageSchema } from "@/lib/policy/rules";

/**
 * `GET /api/v1/policies` and the Policies page: filters apply to each policy as it stands (its newest
 * version). There are few policies, so the answer is the whole list (`nextCursor` is always null).
 */
export const listPoliciesQuerySchema = z.object({
  targetStage: policyStageSchema.optional(),
  mode: policyModeSchema.optional(),
  enabled: z
    .enum(["true", "false"], { error: "true or false" })
    .transform((value) => value === "true")
    .optional(),
});
export type ListPoliciesQuery = z.input<typeof listPoliciesQuerySchema>;

const instant = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, "A date (2026-01-31) or an ISO date-time")
  .refine((value) => !Number.isNaN(Date.parse(value)), "Not a real date")
  .transform((value) => new Date(value));

/**
 * `GET /api/v1/policies/{id}/shadow-report` and the policy page's period picker: requests created in
 * [from, to). Both optional: `to` defaults to now and `from` to 90 days before `to`. A bare date is
 * midnight UTC.
 */
export const shadowReportQuerySchema = z
  .object({
    from: instant.optional().describe("Start of the period, included (default: 90 days before `to`)"),
    to: instant.optional().describe("End of the period, excluded (default: now)"),
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.from >= value.to)
      ctx.addIssue({ code: "custom", path: ["to"], message: "Must be after the start of the period" });
  });
export type ShadowReportQuery = z.input<typeof shadowReportQuerySchema>;
