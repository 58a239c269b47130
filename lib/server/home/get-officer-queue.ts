import "server-only";
import { can, requirePermission, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";
import { promotionSummarySelect, toPromotionSummary } from "@/lib/server/promotions/list-promotion-requests";
import { alertSelect, HOME_LIST_LIMIT } from "./home-lists";

async function openErasureRequests(now: Date) {
  const where = { status: { in: ["OPEN" as const, "IN_PROGRESS" as const] } };
  const [total, overdue, items] = await Promise.all([
    db.erasureRequest.count({ where }),
    db.erasureRequest.count({ where: { ...where, dueAt: { lt: now } } }),
    db.erasureRequest.findMany({
      where,
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      take: HOME_LIST_LIMIT,
      select: {
        id: true,
        subjectReference: true,
        status: true,
        dueAt: true,
        dataset: { select: { slug: true, name: true } },
      },
    }),
  ]);
  return { total, overdue, items };
}

/**
 * What waits for this compliance officer: the inbox (every PENDING request, and since when the oldest
 * has waited); the pending requests they may still decide (never their own, per separation of duties,
 * and not ones they already decided), oldest first; open erasure requests by due date; open critical
 * alerts anywhere.
 */
export async function getOfficerQueue(principal: Principal, now = new Date()) {
  requirePermission(principal, "approvals.decide");
  const waitingWhere = {
    status: "PENDING" as const,
    requestedById: { not: principal.id },
    approvals: { none: { approverId: principal.id } },
  };
  const criticalWhere = { status: "OPEN" as const, severity: "CRITICAL" as const };
  const [inboxTotal, oldest, waitingTotal, waiting, erasures, criticalTotal, critical] = await Promise.all([
    db.promotionRequest.count({ where: { status: "PENDING" } }),
    db.promotionRequest.findFirst({
      where: { status: "PENDING" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { createdAt: true },
    }),
    db.promotionRequest.count({ where: waitingWhere }),
    db.promotionRequest.findMany({
      where: waitingWhere,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: HOME_LIST_LIMIT,
      select: promotionSummarySelect,
    }),
    can(principal, "erasure.manage") ? openErasureRequests(now) : null,
    db.alert.count({ where: criticalWhere }),
    db.alert.findMany({
      where: criticalWhere,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: HOME_LIST_LIMIT,
      select: alertSelect,
    }),
  ]);
  return {
    inbox: { total: inboxTotal, oldestAt: oldest?.createdAt ?? null },
    waiting: { total: waitingTotal, items: waiting.map(toPromotionSummary) },
    erasures,
    criticalAlerts: { total: criticalTotal, items: critical },
  };
}
