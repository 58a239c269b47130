import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { queryRows } from "@/lib/server/sql";
import { modelFilterSql, type DashboardFilters } from "./dashboard-filters";
import { TREND_WEEKS } from "./get-promotion-trend";

/** One ISO week (Monday) of decisions: how many, and how long from request to decision, in hours. */
export type LeadTimeWeek = {
  week: string;
  decided: number;
  medianHours: number | null;
  p90Hours: number | null;
};

/**
 * Request-to-decision time of the requests approved or rejected in each of the last 12 weeks, by the
 * week of the decision. Median and 90th percentile: a mean would hide the one request left for a month.
 */
export async function getApprovalLeadTime(
  principal: Principal,
  now = new Date(),
  filters: DashboardFilters = {},
): Promise<LeadTimeWeek[]> {
  requirePermission(principal, "dashboards.read");
  const at = now.toISOString();
  return queryRows<LeadTimeWeek>`
    WITH weeks AS (
      SELECT generate_series(date_trunc('week', ${at}::timestamp) - make_interval(weeks => ${TREND_WEEKS - 1}::int), date_trunc('week', ${at}::timestamp), interval '1 week') AS week
    ), decided AS (
      SELECT date_trunc('week', r."decidedAt") AS week, extract(epoch FROM r."decidedAt" - r."createdAt") / 3600 AS hours
      FROM "PromotionRequest" r
      JOIN "ModelVersion" v ON v.id = r."versionId"
      JOIN "Model" m ON m.id = v."modelId"
      WHERE r.status IN ('APPROVED', 'REJECTED') AND r."decidedAt" IS NOT NULL
        AND r."decidedAt" >= (SELECT min(week) FROM weeks) AND r."decidedAt" <= ${at}::timestamp ${modelFilterSql(filters)}
    )
    SELECT to_char(w.week, 'YYYY-MM-DD') AS "week", count(d.hours)::int AS "decided",
      round((percentile_cont(0.5) WITHIN GROUP (ORDER BY d.hours))::numeric, 1)::float8 AS "medianHours",
      round((percentile_cont(0.9) WITHIN GROUP (ORDER BY d.hours))::numeric, 1)::float8 AS "p90Hours"
    FROM weeks w
    LEFT JOIN decided d ON d.week = w.week
    GROUP BY w.week
    ORDER BY w.week`;
}
