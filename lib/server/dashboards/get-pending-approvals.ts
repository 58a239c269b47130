import "server-only";
import type { Stage } from "@/generated/prisma/enums";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { LATE_AFTER_DAYS, OVERDUE_AFTER_DAYS } from "@/lib/promotions/waiting-age";
import { queryRows } from "@/lib/server/sql";
import { modelFilterSql, type DashboardFilters } from "./dashboard-filters";

export const OLDEST_SHOWN = 5;

/** How long the PENDING requests have waited, in the inbox's own bands (on time, late, overdue). */
export type PendingAges = { total: number; onTime: number; late: number; overdue: number };
export type PendingRequest = {
  id: string;
  versionId: string;
  label: string;
  toStage: Stage;
  createdAt: Date;
  ageSeconds: number;
};
export type PendingApprovals = { ages: PendingAges; oldest: PendingRequest[] };

/** PENDING promotion requests: how many, how old (at `now`), and the longest waiting ones. */
export async function getPendingApprovals(
  principal: Principal,
  now = new Date(),
  filters: DashboardFilters = {},
): Promise<PendingApprovals> {
  requirePermission(principal, "dashboards.read");
  const at = now.toISOString();
  const only = modelFilterSql(filters);
  const [ages, oldest] = await Promise.all([
    queryRows<PendingAges>`
      WITH pending AS (
        SELECT ${at}::timestamp - r."createdAt" AS age
        FROM "PromotionRequest" r
        JOIN "ModelVersion" v ON v.id = r."versionId"
        JOIN "Model" m ON m.id = v."modelId"
        WHERE r.status = 'PENDING' ${only}
      )
      SELECT count(*)::int AS "total",
        count(*) FILTER (WHERE age < make_interval(days => ${LATE_AFTER_DAYS}::int))::int AS "onTime",
        count(*) FILTER (WHERE age >= make_interval(days => ${LATE_AFTER_DAYS}::int)
          AND age < make_interval(days => ${OVERDUE_AFTER_DAYS}::int))::int AS "late",
        count(*) FILTER (WHERE age >= make_interval(days => ${OVERDUE_AFTER_DAYS}::int))::int AS "overdue"
      FROM pending`,
    queryRows<PendingRequest>`
      SELECT r.id, v.id AS "versionId", m.name || ' v' || v.version AS "label", r."toStage"::text AS "toStage", r."createdAt",
        greatest(0, floor(extract(epoch FROM ${at}::timestamp - r."createdAt")))::int AS "ageSeconds"
      FROM "PromotionRequest" r
      JOIN "ModelVersion" v ON v.id = r."versionId"
      JOIN "Model" m ON m.id = v."modelId"
      WHERE r.status = 'PENDING' ${only}
      ORDER BY r."createdAt", r.id
      LIMIT ${OLDEST_SHOWN}`,
  ]);
  return { ages: ages[0]!, oldest };
}
