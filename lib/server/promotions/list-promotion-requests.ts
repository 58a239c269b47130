import "server-only";
import type { PolicyMode } from "@/generated/prisma/enums";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { promotionListQuerySchema } from "@/lib/schemas/promotions";
import { db } from "@/lib/server/db";
import { afterCursor, decodeCursor, keysetOrder, toPage } from "@/lib/server/http/keyset";
import { parseInput } from "@/lib/validation";

export type PolicySummary = { passed: number; failed: number; enforcedFailed: number; shadowFailed: number };

/** Frozen policy evaluations of one request, counted: SHADOW failures are shown but never block. */
export function summarisePolicies(evaluations: { mode: PolicyMode; passed: boolean }[]): PolicySummary {
  const summary: PolicySummary = { passed: 0, failed: 0, enforcedFailed: 0, shadowFailed: 0 };
  for (const evaluation of evaluations) {
    if (evaluation.passed) summary.passed += 1;
    else {
      summary.failed += 1;
      if (evaluation.mode === "SHADOW") summary.shadowFailed += 1;
      else summary.enforcedFailed += 1;
    }
  }
  return summary;
}

export const promotionSummarySelect = {
  id: true,
  status: true,
  fromStage: true,
  toStage: true,
  requiredApprovals: true,
  createdAt: true,
  decidedAt: true,
  version: { select: { id: true, version: true, model: { select: { id: true, slug: true, name: true } } } },
  requestedBy: { select: { id: true, name: true, email: true } },
  approvals: { select: { decision: true } },
  policyEvaluations: { select: { mode: true, passed: true } },
} as const;

type SummaryRow = {
  approvals: { decision: "APPROVE" | "REJECT" }[];
  policyEvaluations: { mode: PolicyMode; passed: boolean }[];
};

/** The list shape: approvals and policy results as counts, not rows. */
export function toPromotionSummary<R extends SummaryRow>({ approvals, policyEvaluations, ...rest }: R) {
  return {
    ...rest,
    approvals: {
      approved: approvals.filter((a) => a.decision === "APPROVE").length,
      rejected: approvals.filter((a) => a.decision === "REJECT").length,
    },
    policy: summarisePolicies(policyEvaluations),
  };
}

/** Promotion requests, newest first, optionally of one status (the index on status, createdAt, id serves both). */
export async function listPromotionRequests(principal: Principal, input: unknown) {
  const query = parseInput(promotionListQuerySchema, input);
  requirePermission(principal, "registry.read");
  const rows = await db.promotionRequest.findMany({
    where: { ...(query.status ? { status: query.status } : {}), ...afterCursor(decodeCursor(query.cursor)) },
    orderBy: keysetOrder,
    take: query.limit + 1,
    select: promotionSummarySelect,
  });
  const { items, nextCursor } = toPage(rows, query.limit);
  return { items: items.map(toPromotionSummary), nextCursor };
}
