import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { queryRows } from "@/lib/server/sql";
import { modelFilterSql, type DashboardFilters } from "./dashboard-filters";

export const TREND_WEEKS = 12;

/** One ISO week (Monday, `YYYY-MM-DD`) with the requests made that week, by their status today. */
export type PromotionWeek = {
  week: string;
  APPROVED: number;
  REJECTED: number;
  BLOCKED: number;
  WITHDRAWN: number;
  PENDING: number;
  total: number;
};

/** Promotion requests per week over the last 12 weeks (this one included), every week present even when empty. */
export async function getPromotionTrend(
  principal: Principal,
  now = new Date(),
  filters: DashboardFilters = {},
): Promise<PromotionWeek[]> {
  requirePermission(principal, "dashboards.read");
  const at = now.toISOString();
  return queryRows<PromotionWeek>`
    WITH weeks AS (
      SELECT generate_series(date_trunc('week', ${at}::timestamp) - make_interval(weeks => ${TREND_WEEKS - 1}::int), date_trunc('week', ${at}::timestamp), interval '1 week') AS week
    ), requests AS (
      SELECT date_trunc('week', r."createdAt") AS week, r.status
      FROM "PromotionRequest" r
      JOIN "ModelVersion" v ON v.id = r."versionId"
      JOIN "Model" m ON m.id = v."modelId"
      WHERE r."createdAt" >= (SELECT min(week) FROM weeks) AND r."createdAt" <= ${at}::timestamp ${modelFilterSql(filters)}
    )
    SELECT to_char(w.week, 'YYYY-MM-DD') AS "week",
      count(r.status) FILTER (WHERE r.status = 'APPROVED')::int AS "APPROVED",
      count(r.status) FILTER (WHERE r.status = 'REJECTED')::int AS "REJECTED",
      count(r.status) FILTER (WHERE r.status = 'BLOCKED')::int AS "BLOCKED",
      count(r.status) FILTER (WHERE r.status = 'WITHDRAWN')::int AS "WITHDRAWN",
      count(r.status) FILTER (WHERE r.status = 'PENDING')::int AS "PENDING",
      count(r.status)::int AS "total"
    FROM weeks w
    LEFT JOIN requests r ON r.week = w.week
    GROUP BY w.week
    ORDER BY w.week`;
}
