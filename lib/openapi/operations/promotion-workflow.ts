import { z } from "zod";
import { Decision, PolicyMode, PromotionStatus, RiskTier, Stage } from "@/generated/prisma/enums";
import { ruleResultSchema } from "@/lib/policy/rules";
import {
  promotionCheckQuerySchema,
  promotionCheckSchema,
  promotionDecisionSchema,
  promotionRequestSchema,
  promotionWithdrawSchema,
  stageOverrideSchema,
} from "@/lib/schemas/promotions";
import { defineOperations, errorBodyOf, PATH_PARAMS } from "../define";

const dateTime = z.iso.datetime();
const userRef = z.object({ id: z.string(), name: z.string(), email: z.string() });

/** The answer of every promotion-workflow endpoint: one request with its frozen evidence and decisions. */
export const promotionRequestViewSchema = z.object({
  id: z.string(),
  status: z.enum(PromotionStatus),
  fromStage: z.enum(Stage),
  toStage: z.enum(Stage),
  justification: z.string().describe("the requester's reason, or the admin's for an emergency override"),
  requiredApprovals: z.number().int().describe("distinct officers who must approve, frozen at request time"),
  keepPreviousProduction: z.boolean(),
  emergencyOverride: z.boolean(),
  createdAt: dateTime,
  decidedAt: dateTime.nullable(),
  version: z.object({
    id: z.string(),
    version: z.number().int(),
    stage: z.enum(Stage).describe("the version's stage now"),
    model: z.object({
      id: z.string(),
      slug: z.string(),
      name: z.string(),
      riskTier: z.enum(RiskTier),
      team: z.object({ id: z.string(), name: z.string() }),
    }),
  }),
  requestedBy: userRef,
  policyResults: z.array(
    z.object({
      policyId: z.string().describe("the policy's key"),
      policyVersion: z.number().int().describe("the exact version of the policy that judged the request"),
      policyName: z.string(),
      mode: z.enum(PolicyMode).describe(`${PolicyMode.SHADOW} failures are recorded, never blocking`),
      passed: z.boolean(),
      evaluatedAt: dateTime,
      results: z.array(ruleResultSchema),
    }),
  ),
  approvals: z.array(
    z.object({
      id: z.string(),
      approver: userRef,
      decision: z.enum(Decision),
      comment: z.string(),
      createdAt: dateTime,
    }),
  ),
  approvalsCount: z.number().int().describe("APPROVE decisions so far"),
});

const requestAnswer = z.object({ request: promotionRequestViewSchema });

const policyBlocked = errorBodyOf("policy_blocked", {
  rules: z.array(
    z.object({
      policyId: z.string().describe("the policy's key"),
      policyName: z.string(),
      ruleId: z.string(),
      message: z.string(),
    }),
  ),
  requestId: z.string().describe("the BLOCKED request, stored with its policy results"),
});
const transitionRefused = errorBodyOf("transition_not_allowed", {
  rule: z.string().describe("same_stage, archived_is_final or one_stage_at_a_time"),
});

export const promotionWorkflowOperations = defineOperations([
  {
    method: "get",
    path: "/versions/{id}/promotion-check",
    summary:
      "What the policies in force would say of a request to `toStage` now, without making one: nothing is stored or audited; a pipeline checks before it asks",
    tag: "Promotions",
    permission: "registry.read",
    pathParams: PATH_PARAMS.version,
    query: promotionCheckQuerySchema,
    success: {
      status: 200,
      description: "The verdict",
      schema: z.object({ check: promotionCheckSchema }),
    },
    errors: [404],
    errorBodies: {
      422: {
        description: "`transition_not_allowed`: the path does not allow that move from the version's stage",
        schema: transitionRefused,
      },
    },
  },
  {
    method: "post",
    path: "/versions/{id}/promotions",
    summary:
      "Request a promotion: every enabled policy for the target judges the version; a failing ENFORCE policy stores the request as BLOCKED and answers 422",
    tag: "Promotions",
    permission: "versions.promote",
    pathParams: PATH_PARAMS.version,
    body: promotionRequestSchema,
    success: { status: 201, description: "The PENDING request", schema: requestAnswer },
    errors: [404, 409],
    errorBodies: {
      422: {
        description:
          "`policy_blocked`: the request is stored as BLOCKED (`requestId`) and `rules` lists the failing ENFORCE rules; or `transition_not_allowed` naming the `rule` (one stage at a time, nothing leaves ARCHIVED, not the current stage)",
        schema: z.union([policyBlocked, transitionRefused]),
      },
    },
  },
  {
    method: "get",
    path: "/promotions/{id}",
    summary: "A promotion request with its frozen policy results and its decisions",
    tag: "Promotions",
    permission: "registry.read",
    pathParams: PATH_PARAMS.promotionRequest,
    success: { status: 200, description: "The request", schema: requestAnswer },
    errors: [404],
  },
  {
    method: "post",
    path: "/promotions/{id}/decisions",
    summary:
      "Approve or reject a PENDING request (never the requester nor the version's registrant); the last needed approval moves the version",
    tag: "Promotions",
    permission: "approvals.decide",
    pathParams: PATH_PARAMS.promotionRequest,
    body: promotionDecisionSchema,
    success: { status: 200, description: "The request after the decision", schema: requestAnswer },
    errors: [404, 409],
  },
  {
    method: "post",
    path: "/promotions/{id}/withdraw",
    summary: "Withdraw a PENDING request (its requester, or an admin)",
    tag: "Promotions",
    permission: "versions.promote",
    pathParams: PATH_PARAMS.promotionRequest,
    body: promotionWithdrawSchema,
    success: { status: 200, description: "The WITHDRAWN request", schema: requestAnswer },
    errors: [404, 409],
  },
  {
    method: "post",
    path: "/versions/{id}/stage-override",
    summary:
      "Emergency stage change by an admin: no policies, no approvals, a mandatory reason; stored as an APPROVED request marked emergencyOverride",
    tag: "Promotions",
    permission: "stages.override",
    pathParams: PATH_PARAMS.version,
    body: stageOverrideSchema,
    success: { status: 200, description: "The override, as an APPROVED request", schema: requestAnswer },
    errors: [404],
    errorBodies: {
      422: {
        description: "`transition_not_allowed` (`same_stage`): the version is already there",
        schema: transitionRefused,
      },
    },
  },
]);
