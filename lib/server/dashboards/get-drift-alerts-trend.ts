import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { queryRows } from "@/lib/server/sql";
import { modelFilterSql, type DashboardFilters } from "./dashboard-filters";
import { TREND_WEEKS } from "./get-promotion-trend";

/** Drift alerts raised in one ISO week (Monday), by severity, whatever their status today. */
export type DriftAlertWeek = { week: string; CRITICAL: number; WARNING: number; INFO: number; total: number };

/** DRIFT alerts per week over the last 12 weeks (this one included), every week present. */
export async function getDriftAlertsTrend(
  principal: Principal,
  now = new Date(),
  filters: DashboardFilters = {},
): Promise<DriftAlertWeek[]> {
  requirePermission(principal, "dashboards.read");
  const at = now.toISOString();
  return queryRows<DriftAlertWeek>`
    WITH weeks AS (
      SELECT generate_series(date_trunc('week', ${at}::timestamp) - make_interval(weeks => ${TREND_WEEKS - 1}::int), date_trunc('week', ${at}::timestamp), interval '1 week') AS week
    ), alerts AS (
      SELECT date_trunc('week', a."createdAt") AS week, a.severity
      FROM "Alert" a
      LEFT JOIN "ModelVersion" v ON v.id = a."versionId"
      LEFT JOIN "Model" m ON m.id = v."modelId"
      WHERE a.kind = 'DRIFT' AND a."createdAt" >= (SELECT min(week) FROM weeks) AND a."createdAt" <= ${at}::timestamp
        ${modelFilterSql(filters)}
    )
    SELECT to_char(w.week, 'YYYY-MM-DD') AS "week",
      count(a.severity) FILTER (WHERE a.severity = 'CRITICAL')::int AS "CRITICAL",
      count(a.severity) FILTER (WHERE a.severity = 'WARNING')::int AS "WARNING",
      count(a.severity) FILTER (WHERE a.severity = 'INFO')::int AS "INFO",
      count(a.severity)::int AS "total"
    FROM weeks w
    LEFT JOIN alerts a ON a.week = w.week
    GROUP BY w.week
    ORDER BY w.week`;
}
