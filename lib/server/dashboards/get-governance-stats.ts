import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { queryRows } from "@/lib/server/sql";
import { modelFilterSql, type DashboardFilters } from "./dashboard-filters";

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
export async function getGovernanceStats(
  principal: Principal,
  now = new Date(),
  filters: DashboardFilters = {},
): Promise<GovernanceStats> {
  requirePermission(principal, "dashboards.read");
  const since = new Date(now.getTime() - BREACH_WINDOW_DAYS * DAY_MS).toISOString();
  const only = modelFilterSql(filters);
  const [row] = await queryRows<Omit<GovernanceStats, "policyBreaches">>`
    SELECT
      (SELECT count(*)::int FROM "Model" m WHERE true ${only}) AS "models",
      (SELECT count(*)::int FROM "ModelVersion" v JOIN "Model" m ON m.id = v."modelId"
        WHERE v.stage = 'PRODUCTION' ${only}) AS "productionVersions",
      (SELECT count(*)::int FROM "PromotionRequest" r JOIN "ModelVersion" v ON v.id = r."versionId" JOIN "Model" m ON m.id = v."modelId"
        WHERE r.status = 'PENDING' ${only}) AS "pendingApprovals",
      (SELECT count(*)::int FROM "PromotionRequest" r JOIN "ModelVersion" v ON v.id = r."versionId" JOIN "Model" m ON m.id = v."modelId"
        WHERE r.status = 'BLOCKED' AND r."createdAt" >= ${since}::timestamp ${only}) AS "blockedRequests",
      (SELECT count(*)::int FROM "PolicyEvaluation" e JOIN "PromotionRequest" r ON r.id = e."requestId"
        JOIN "ModelVersion" v ON v.id = r."versionId" JOIN "Model" m ON m.id = v."modelId"
        WHERE e.mode = 'SHADOW' AND NOT e.passed AND e."evaluatedAt" >= ${since}::timestamp ${only}) AS "shadowFailures",
      (SELECT count(*)::int FROM "Alert" a LEFT JOIN "ModelVersion" v ON v.id = a."versionId" LEFT JOIN "Model" m ON m.id = v."modelId"
        WHERE a.status = 'OPEN' ${only}) AS "openAlerts"`;
  const stats = row!;
  return { ...stats, policyBreaches: stats.blockedRequests + stats.shadowFailures };
}
