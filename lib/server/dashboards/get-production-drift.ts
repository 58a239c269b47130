import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { queryRows } from "@/lib/server/sql";
import { modelFilterSql, type DashboardFilters } from "./dashboard-filters";

export const DRIFT_DAYS = 90;
/** More lines than this make a chart nobody can read; the worst-drifting versions are the ones to see. */
export const MAX_DRIFT_SERIES = 8;

export type DriftSeries = {
  versionId: string;
  label: string;
  modelSlug: string;
  /** one point per day with an observation: the highest PSI of any feature that day */
  points: { day: string; psi: number }[];
};
export type ProductionDrift = { series: DriftSeries[]; versionsWithDrift: number };

type Row = {
  versionId: string;
  modelSlug: string;
  modelName: string;
  version: number;
  day: string;
  psi: number;
  versionsWithDrift: number;
};

/**
 * PSI of the versions now in PRODUCTION over the last 90 days (today included), bucketed by the day a
 * window starts: at most 90 points per line. Each day takes the worst feature, because one drifting
 * feature is enough to act on.
 */
export async function getProductionDrift(
  principal: Principal,
  now = new Date(),
  filters: DashboardFilters = {},
): Promise<ProductionDrift> {
  requirePermission(principal, "dashboards.read");
  const at = now.toISOString();
  const rows = await queryRows<Row>`
    WITH daily AS (
      SELECT d."versionId", date_trunc('day', d."windowStart") AS day, max(d.value) AS psi
      FROM "DriftObservation" d
      JOIN "ModelVersion" v ON v.id = d."versionId" AND v.stage = 'PRODUCTION'
      JOIN "Model" m ON m.id = v."modelId" ${modelFilterSql(filters)}
      WHERE d.metric = 'PSI' AND d.value IS NOT NULL
        AND d."windowStart" >= date_trunc('day', ${at}::timestamp) - make_interval(days => ${DRIFT_DAYS - 1}::int)
        AND d."windowStart" <= ${at}::timestamp
      GROUP BY d."versionId", date_trunc('day', d."windowStart")
    ), ranked AS (
      SELECT "versionId", max(psi) AS worst, count(*) OVER () AS total
      FROM daily GROUP BY "versionId"
      ORDER BY worst DESC, "versionId"
      LIMIT ${MAX_DRIFT_SERIES}
    )
    SELECT daily."versionId", m.slug AS "modelSlug", m.name AS "modelName", v.version,
      to_char(daily.day, 'YYYY-MM-DD') AS "day", daily.psi, ranked.total::int AS "versionsWithDrift"
    FROM daily
    JOIN ranked ON ranked."versionId" = daily."versionId"
    JOIN "ModelVersion" v ON v.id = daily."versionId"
    JOIN "Model" m ON m.id = v."modelId"
    ORDER BY ranked.worst DESC, daily."versionId", daily.day`;
  const series = new Map<string, DriftSeries>();
  for (const row of rows) {
    let entry = series.get(row.versionId);
    if (!entry) {
      entry = {
        versionId: row.versionId,
        label: `${row.modelName} v${row.version}`,
        modelSlug: row.modelSlug,
        points: [],
      };
      series.set(row.versionId, entry);
    }
    entry.points.push({ day: row.day, psi: row.psi });
  }
  return { series: [...series.values()], versionsWithDrift: rows[0]?.versionsWithDrift ?? 0 };
}
