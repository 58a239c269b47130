import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { queryRows } from "@/lib/server/sql";
import { modelFilterSql, type DashboardFilters } from "./dashboard-filters";

export const BREACHES_SHOWN = 8;

export type ProductionBreach = {
  versionId: string;
  label: string;
  modelSlug: string;
  /** distinct policies that failed on the approved request that took the version to PRODUCTION */
  failedPolicies: number;
};
export type ProductionBreaches = { total: number; productionVersions: number; versions: ProductionBreach[] };

/**
 * PRODUCTION versions that went live with a failed policy: an approved request to PRODUCTION whose
 * frozen evaluations include a failure (a SHADOW policy never blocks, so such a version can pass).
 * The frozen results are what the approvers saw and cost one query; judging every production version
 * live would gather evidence per version on each dashboard load.
 */
export async function getProductionBreaches(
  principal: Principal,
  filters: DashboardFilters = {},
): Promise<ProductionBreaches> {
  requirePermission(principal, "dashboards.read");
  const only = modelFilterSql(filters);
  const [rows, [production]] = await Promise.all([
    queryRows<ProductionBreach & { total: number }>`
      SELECT v.id AS "versionId", m.name || ' v' || v.version AS "label", m.slug AS "modelSlug",
        count(DISTINCT e."policyId")::int AS "failedPolicies", (count(*) OVER ())::int AS "total"
      FROM "ModelVersion" v
      JOIN "Model" m ON m.id = v."modelId"
      JOIN "PromotionRequest" r ON r."versionId" = v.id AND r."toStage" = 'PRODUCTION' AND r.status = 'APPROVED'
      JOIN "PolicyEvaluation" e ON e."requestId" = r.id AND NOT e.passed
      WHERE v.stage = 'PRODUCTION' ${only}
      GROUP BY v.id, m.id
      ORDER BY "failedPolicies" DESC, m.name, v.version
      LIMIT ${BREACHES_SHOWN}`,
    queryRows<{ count: number }>`
      SELECT count(*)::int AS "count" FROM "ModelVersion" v JOIN "Model" m ON m.id = v."modelId"
      WHERE v.stage = 'PRODUCTION' ${only}`,
  ]);
  return {
    total: rows[0]?.total ?? 0,
    productionVersions: production!.count,
    versions: rows.map(({ total: _total, ...row }) => row),
  };
}
