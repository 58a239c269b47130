import "server-only";
import type { AlertSeverity } from "@/generated/prisma/enums";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { queryRows } from "@/lib/server/sql";
import { modelFilterSql, type DashboardFilters } from "./dashboard-filters";

export type SeverityCount = { severity: AlertSeverity; count: number };

/** Open (not yet acknowledged) alerts per severity, most severe first, zero where there are none. */
export async function getOpenAlertsBySeverity(
  principal: Principal,
  filters: DashboardFilters = {},
): Promise<SeverityCount[]> {
  requirePermission(principal, "dashboards.read");
  return queryRows<SeverityCount>`
    SELECT s.severity::text AS "severity", count(a.id)::int AS "count"
    FROM unnest(enum_range(NULL::"AlertSeverity")) AS s(severity)
    LEFT JOIN ("Alert" a
      LEFT JOIN "ModelVersion" v ON v.id = a."versionId"
      LEFT JOIN "Model" m ON m.id = v."modelId")
      ON a.severity = s.severity AND a.status = 'OPEN' ${modelFilterSql(filters)}
    GROUP BY s.severity
    ORDER BY s.severity DESC`;
}
