import "server-only";
import type { ModelKind, Stage } from "@/generated/prisma/enums";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { queryRows } from "@/lib/server/sql";
import { modelFilterSql, type DashboardFilters } from "./dashboard-filters";

export type StageKindRow = { stage: Stage; total: number } & Record<ModelKind, number>;

/** Versions per stage (in pipeline order, zero where nobody is), split by their model's kind. */
export async function getVersionsByStage(
  principal: Principal,
  filters: DashboardFilters = {},
): Promise<StageKindRow[]> {
  requirePermission(principal, "dashboards.read");
  return queryRows<StageKindRow>`
    SELECT s.stage::text AS "stage",
      count(v.id) FILTER (WHERE m.kind = 'BASE')::int AS "BASE",
      count(v.id) FILTER (WHERE m.kind = 'ADAPTER')::int AS "ADAPTER",
      count(v.id) FILTER (WHERE m.kind = 'FINE_TUNED')::int AS "FINE_TUNED",
      count(v.id) FILTER (WHERE m.kind = 'MERGED')::int AS "MERGED",
      count(v.id) FILTER (WHERE m.kind = 'QUANTIZED')::int AS "QUANTIZED",
      count(v.id)::int AS "total"
    FROM unnest(enum_range(NULL::"Stage")) AS s(stage)
    LEFT JOIN ("ModelVersion" v JOIN "Model" m ON m.id = v."modelId" ${modelFilterSql(filters)})
      ON v.stage = s.stage
    GROUP BY s.stage
    ORDER BY s.stage`;
}
