import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { ruleResultSchema, type RuleResult } from "@/lib/policy/rules";

/** One request with everything a reviewer reads: the version, the requester, frozen policy results, decisions. */
export const promotionRequestSelect = {
  id: true,
  status: true,
  fromStage: true,
  toStage: true,
  justification: true,
  requiredApprovals: true,
  keepPreviousProduction: true,
  emergencyOverride: true,
  createdAt: true,
  decidedAt: true,
  version: {
    select: {
      id: true,
      version: true,
      stage: true,
      model: {
        select: {
          id: true,
          slug: true,
          name: true,
          riskTier: true,
          team: { select: { id: true, name: true } },
        },
      },
    },
  },
  requestedBy: { select: { id: true, name: true, email: true } },
  policyEvaluations: {
    orderBy: [{ policy: { key: "asc" } }, { id: "asc" }],
    select: {
      id: true,
      policyVersion: true,
      mode: true,
      passed: true,
      evaluatedAt: true,
      results: true,
      policy: { select: { key: true, name: true } },
    },
  },
  approvals: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      decision: true,
      comment: true,
      createdAt: true,
      approver: { select: { id: true, name: true, email: true } },
    },
  },
} satisfies Prisma.PromotionRequestSelect;

type PromotionRequestRow = Prisma.PromotionRequestGetPayload<{ select: typeof promotionRequestSelect }>;

const frozenResultsSchema = z.array(ruleResultSchema);

/**
 * Results are frozen JSON written by the engine; a row that no longer parses (written by an older
 * engine, or by hand) must not take the whole request down, so it shows as no results and is logged.
 */
function parseFrozenResults(requestId: string, evaluationId: string, results: unknown): RuleResult[] {
  const parsed = frozenResultsSchema.safeParse(results);
  if (parsed.success) return parsed.data;
  console.error(
    `[promotions] request ${requestId}: policy evaluation ${evaluationId} has results that do not parse`,
    parsed.error.issues.slice(0, 5),
  );
  return [];
}

/** The API's and the pages' shape of a request (dates are Date here, ISO strings once serialised). */
export function toPromotionRequestView(row: PromotionRequestRow) {
  const { policyEvaluations, approvals, ...request } = row;
  return {
    ...request,
    policyResults: policyEvaluations.map((evaluation) => ({
      policyId: evaluation.policy.key,
      policyVersion: evaluation.policyVersion,
      policyName: evaluation.policy.name,
      mode: evaluation.mode,
      passed: evaluation.passed,
      evaluatedAt: evaluation.evaluatedAt,
      results: parseFrozenResults(row.id, evaluation.id, evaluation.results),
    })),
    approvals,
    /** approvals given so far (rejections end the request and are not counted) */
    approvalsCount: approvals.filter((approval) => approval.decision === "APPROVE").length,
  };
}

export type PromotionRequestView = ReturnType<typeof toPromotionRequestView>;
