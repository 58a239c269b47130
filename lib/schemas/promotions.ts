import { z } from "zod";
import { Decision, PromotionStatus, RiskTier, Stage } from "@/generated/prisma/enums";
import { oneOf, paginationSchema } from "@/lib/schemas/common";

export const PROMOTION_STATUSES = Object.values(PromotionStatus);

const stageSchema = z.enum(Stage, oneOf(Stage));
const text = (what: string, max: number) =>
  z
    .string({ error: `Write ${what}` })
    .trim()
    .min(1, `Write ${what}`)
    .max(max, `At most ${max} characters`);

/**
 * `GET /api/v1/promotions`, the officer inbox and the Approvals page: PENDING requests first, oldest
 * first (the ones waiting longest lead); filters by status, target stage, the model's risk tier and
 * owning team, and `mine` (requests the caller made).
 */
export const promotionListQuerySchema = paginationSchema.extend({
  status: z.enum(PromotionStatus, oneOf(PromotionStatus)).optional(),
  stage: stageSchema.optional(),
  riskTier: z.enum(RiskTier, oneOf(RiskTier)).optional(),
  team: z.string().trim().min(1).max(100).optional(),
  mine: z
    .enum(["true", "false"], { error: "true or false" })
    .transform((value) => value === "true")
    .optional(),
});
export type PromotionListQuery = z.infer<typeof promotionListQuerySchema>;

/** `POST /api/v1/versions/{id}/promotions` and the request form on the version page. */
/** `GET /versions/{id}/promotion-check?toStage=`: a dry run of a request to that stage. */
export const promotionCheckQuerySchema = z.strictObject({ toStage: stageSchema });
export type PromotionCheckQuery = z.input<typeof promotionCheckQuerySchema>;

const failingRule = z.object({
  policyId: z.string().describe("the policy's key"),
  policyName: z.string(),
  ruleId: z.string(),
  message: z.string(),
});
export const promotionCheckSchema = z.object({
  toStage: stageSchema,
  blocked: z.boolean().describe("an ENFORCE policy fails: a request now would be stored as BLOCKED"),
  failingRules: z.array(failingRule).describe("the failing rules of ENFORCE policies"),
  shadowFailures: z.array(failingRule).describe("failing rules of SHADOW policies: recorded, never blocking"),
  requiredApprovals: z.number().int().describe("distinct officers a request would need"),
});
export type PromotionCheck = z.infer<typeof promotionCheckSchema>;

export const promotionRequestSchema = z
  .strictObject({
    toStage: stageSchema,
    justification: text("why this version should move", 4000),
    /** PRODUCTION only: keep the model's current PRODUCTION version serving instead of archiving it */
    keepPreviousProduction: z.boolean({ error: "true or false" }).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.keepPreviousProduction && input.toStage !== "PRODUCTION")
      ctx.addIssue({
        code: "custom",
        path: ["keepPreviousProduction"],
        message: "Only a promotion to PRODUCTION can keep the previous production version serving",
      });
  });
export type PromotionRequestInput = z.infer<typeof promotionRequestSchema>;

/** `POST /api/v1/promotions/{id}/decisions`: a rejection must say why, an approval may. */
export const promotionDecisionSchema = z
  .strictObject({
    decision: z.enum(Decision, oneOf(Decision)),
    comment: z.string({ error: "A comment" }).trim().max(4000, "At most 4000 characters").default(""),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "REJECT" && value.comment === "")
      ctx.addIssue({
        code: "custom",
        path: ["comment"],
        message: "Say why the request is rejected: the requester reads it",
      });
  });
export type PromotionDecisionInput = z.input<typeof promotionDecisionSchema>;

/** `POST /api/v1/promotions/{id}/withdraw` (the requester, while PENDING). */
export const promotionWithdrawSchema = z.strictObject({
  reason: z.string().trim().max(2000, "At most 2000 characters").optional(),
});

/** `POST /api/v1/versions/{id}/stage-override` (admins): an emergency move that skips policies and approvals. */
export const stageOverrideSchema = z.strictObject({
  toStage: stageSchema,
  reason: text("the reason for the emergency override", 4000).min(
    10,
    "Say in a sentence why this cannot wait for a review",
  ),
});
export type StageOverrideInput = z.infer<typeof stageOverrideSchema>;
