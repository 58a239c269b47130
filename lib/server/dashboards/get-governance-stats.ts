import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";

const DAY_MS = 86_400_000;
export const BREACH_WINDOW_DAYS = 30;

export type GovernanceStats = {
  models: number;
  productionVersions: number;
  pendingApprovals: number;
  /** blockedRequests + shadowFailures, both over the last BREACH_WINDOW_DAYS days */
  policyBreaches: number;
  blockedRequests: number;
  shadowFailures: number;
  openAlerts: number;
};

/**
 * The headline numbers of the governance dashboard (and the leadership part of the home page), in one
 * round trip. A policy breach is a request an ENFORCE policy blocked, or a SHADOW policy evaluation that
 * failed (recorded without blocking), in the last 30 days: old breaches are history, not work.
 */
export async function getGovernanceStats(principal: Principal, now = new Date()): Promise<GovernanceStats> {
  requirePermission(principal, "dashboards.read");
  const since = new Date(now.getTime() - BREACH_WINDOW_DAYS * DAY_MS).toISOString();
  const [row] = await db.$queryRaw<Omit<GovernanceStats, "policyBreaches">[]>`
    SELECT
      (SELECT count(*)::int FROM "Model") AS "models",
      (SELECT count(*)::int FROM "ModelVersion" WHERE stage = 'PRODUCTION') AS "productionVersions",
      (SELECT count(*)::int FROM "PromotionRequest" WHERE status = 'PENDING') AS "pendingApprovals",
      (SELECT count(*)::int FROM "PromotionRequest" WHERE status = 'BLOCKED' AND "createdAt" >= ${since}::timestamp) AS "blockedRequests",
      (SELECT count(*)::int FROM "PolicyEvaluation" WHERE mode = 'SHADOW' AND NOT passed AND "evaluatedAt" >= ${since}::timestamp) AS "shadowFailures",
      (SELECT count(*)::int FROM "Alert" WHERE status = 'OPEN') AS "openAlerts"`;
  const stats = row!;
  return { ...stats, policyBreaches: stats.blockedRequests + stats.shadowFailures };
}
