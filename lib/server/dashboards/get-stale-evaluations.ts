import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { queryRows } from "@/lib/server/sql";
import { modelFilterSql, type DashboardFilters } from "./dashboard-filters";

export const EVALUATION_FRESH_DAYS = 90;
export const STALE_SHOWN = 8;

export type StaleVersion = { versionId: string; label: string; lastEvaluatedAt: Date | null };
export type StaleEvaluations = { total: number; productionVersions: number; versions: StaleVersion[] };

/** PRODUCTION versions with no evaluation run recorded in the last 90 days (at `now`), least recent first. */
export async function getStaleEvaluations(
  principal: Principal,
  now = new Date(),
  filters: DashboardFilters = {},
): Promise<StaleEvaluations> {
  requirePermission(principal, "dashboards.read");
  const since = new Date(now.getTime() - EVALUATION_FRESH_DAYS * 86_400_000).toISOString();
  const rows = await queryRows<StaleVersion & { stale: boolean; total: number; production: number }>`
    WITH production AS (
      SELECT v.id, m.name || ' v' || v.version AS label, m.name, v.version,
        (SELECT max(r."createdAt") FROM "EvaluationRun" r WHERE r."versionId" = v.id) AS last
      FROM "ModelVersion" v JOIN "Model" m ON m.id = v."modelId"
      WHERE v.stage = 'PRODUCTION' ${modelFilterSql(filters)}
    )
    SELECT id AS "versionId", label, last AS "lastEvaluatedAt",
      (count(*) FILTER (WHERE last IS NULL OR last < ${since}::timestamp) OVER ())::int AS "total",
      (count(*) OVER ())::int AS "production",
      (last IS NULL OR last < ${since}::timestamp) AS "stale"
    FROM production
    ORDER BY "stale" DESC, last ASC NULLS FIRST, name, version`;
  const stale = rows.filter((row) => row.stale).slice(0, STALE_SHOWN);
  return {
    total: rows[0]?.total ?? 0,
    productionVersions: rows[0]?.production ?? 0,
    versions: stale.map(({ versionId, label, lastEvaluatedAt }) => ({ versionId, label, lastEvaluatedAt })),
  };
}
