import "server-only";
import type { RiskTier } from "@/generated/prisma/enums";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { queryRows } from "@/lib/server/sql";
import { modelFilterSql, type DashboardFilters } from "./dashboard-filters";

export type RiskStageRow = {
  riskTier: RiskTier;
  DEVELOPMENT: number;
  STAGING: number;
  PRODUCTION: number;
  ARCHIVED: number;
  total: number;
};

/** Model versions per risk tier of their model, split by stage: where the high-risk versions are. */
export async function getRiskByStage(
  principal: Principal,
  filters: DashboardFilters = {},
): Promise<RiskStageRow[]> {
  requirePermission(principal, "dashboards.read");
  return queryRows<RiskStageRow>`
    SELECT t.tier::text AS "riskTier",
      count(v.id) FILTER (WHERE v.stage = 'DEVELOPMENT')::int AS "DEVELOPMENT",
      count(v.id) FILTER (WHERE v.stage = 'STAGING')::int AS "STAGING",
      count(v.id) FILTER (WHERE v.stage = 'PRODUCTION')::int AS "PRODUCTION",
      count(v.id) FILTER (WHERE v.stage = 'ARCHIVED')::int AS "ARCHIVED",
      count(v.id)::int AS "total"
    FROM unnest(enum_range(NULL::"RiskTier")) AS t(tier)
    LEFT JOIN "Model" m ON m."riskTier" = t.tier ${modelFilterSql(filters)}
    LEFT JOIN "ModelVersion" v ON v."modelId" = m.id
    GROUP BY t.tier
    ORDER BY t.tier`;
}
