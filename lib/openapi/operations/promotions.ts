import { z } from "zod";
import { PolicyMode, PromotionStatus, RiskTier, Stage } from "@/generated/prisma/enums";
import { page } from "@/lib/schemas/common";
import { promotionListQuerySchema } from "@/lib/schemas/promotions";
import { defineOperations } from "../define";

/** One row of the list: counts of approvals and policy results rather than the rows themselves. */
export const promotionRequestSummarySchema = z.object({
  id: z.string(),
  status: z.enum(PromotionStatus),
  fromStage: z.enum(Stage),
  toStage: z.enum(Stage),
  requiredApprovals: z.number().int(),
  createdAt: z.iso.datetime(),
  ageSeconds: z
    .number()
    .int()
    .describe("seconds since the request was made: how long a PENDING one has waited"),
  decidedAt: z.iso.datetime().nullable(),
  version: z.object({
    id: z.string(),
    version: z.number().int(),
    model: z.object({
      id: z.string(),
      slug: z.string(),
      name: z.string(),
      riskTier: z.enum(RiskTier),
      team: z.object({ slug: z.string(), name: z.string() }).describe("the team that owns the model"),
    }),
  }),
  requestedBy: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  approvals: z.object({ approved: z.number().int(), rejected: z.number().int() }),
  policy: z.object({
    passed: z.number().int().describe("policies that passed"),
    failed: z.number().int().describe("policies that failed, in either mode"),
    enforcedFailed: z
      .number()
      .int()
      .describe(`failures of ${PolicyMode.ENFORCE} policies (these block the request)`),
    shadowFailed: z
      .number()
      .int()
      .describe(`failures of ${PolicyMode.SHADOW} policies (recorded, never blocking)`),
  }),
});

export const promotionOperations = defineOperations([
  {
    method: "get",
    path: "/promotions",
    summary: "List promotion requests: PENDING ones oldest first, then the others newest first",
    tag: "Promotions",
    permission: "registry.read",
    query: promotionListQuerySchema,
    success: {
      status: 200,
      description: "Promotion requests with their approval and policy counts",
      schema: page(promotionRequestSummarySchema),
    },
  },
]);
