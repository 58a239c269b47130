import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { PolicyMode } from "@/generated/prisma/enums";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { validationError } from "@/lib/errors";
import { promotionListQuerySchema, type PromotionListQuery } from "@/lib/schemas/promotions";
import { db } from "@/lib/server/db";
import { parseInput } from "@/lib/validation";
import {
  afterListPosition,
  decodeListCursor,
  encodeListCursor,
  PART_ORDER,
  type ListPart,
} from "./promotion-list-cursor";

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
  version: {
    select: {
      id: true,
      version: true,
      model: {
        select: {
          id: true,
          slug: true,
          name: true,
          riskTier: true,
          team: { select: { slug: true, name: true } },
        },
      },
    },
  },
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

/** The filters of the list, as SQL: the target stage, the model's risk tier and team, the caller's own. */
function filtersOf(query: PromotionListQuery, principal: Principal): Prisma.PromotionRequestWhereInput {
  const model = {
    ...(query.riskTier ? { riskTier: query.riskTier } : {}),
    ...(query.team ? { team: { slug: query.team } } : {}),
  };
  return {
    ...(query.stage ? { toStage: query.stage } : {}),
    ...(query.mine ? { requestedById: principal.id } : {}),
    ...(Object.keys(model).length ? { version: { model } } : {}),
  };
}

/** Which parts of the order a status filter leaves: PENDING is the first part, every other status the second. */
const partsOf = (status: PromotionListQuery["status"]): ListPart[] =>
  status === undefined ? ["pending", "decided"] : status === "PENDING" ? ["pending"] : ["decided"];

/**
 * Promotion requests as an officer's inbox reads them: PENDING ones oldest first (the longest waiting
 * lead), then the others newest first. Each part is one indexed query ((status, createdAt, id), or
 * (status, toStage, createdAt, id) with a stage); the second runs only when the first leaves room on
 * the page. Each item carries its age (seconds since it was requested, at `now`).
 */
export async function listPromotionRequests(principal: Principal, input: unknown, now = new Date()) {
  requirePermission(principal, "registry.read");
  const query = parseInput(promotionListQuerySchema, input);
  const position = decodeListCursor(query.cursor);
  const parts = partsOf(query.status);
  const first = position ? parts.indexOf(position.part) : 0;
  if (first < 0) throw validationError({ cursor: "This cursor belongs to another status filter" });
  const where = filtersOf(query, principal);
  const rows: {
    part: ListPart;
    row: Prisma.PromotionRequestGetPayload<{ select: typeof promotionSummarySelect }>;
  }[] = [];
  for (const part of parts.slice(first)) {
    const found = await db.promotionRequest.findMany({
      where: {
        ...where,
        status: part === "pending" ? "PENDING" : (query.status ?? { not: "PENDING" }),
        ...(position?.part === part ? afterListPosition(position) : {}),
      },
      orderBy: PART_ORDER[part],
      take: query.limit + 1 - rows.length,
      select: promotionSummarySelect,
    });
    rows.push(...found.map((row) => ({ part, row })));
    if (rows.length > query.limit) break;
  }
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ row }) => ({
      ...toPromotionSummary(row),
      ageSeconds: Math.max(0, Math.floor((now.getTime() - row.createdAt.getTime()) / 1000)),
    })),
    nextCursor:
      rows.length > query.limit && last
        ? encodeListCursor({ part: last.part, createdAt: last.row.createdAt, id: last.row.id })
        : null,
  };
}
