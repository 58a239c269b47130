import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { ModelKind } from "@/generated/prisma/enums";
import { compareMetric } from "@/lib/metrics/compare-metric";
import type { EvaluationRow } from "@/lib/schemas/version-metrics";
import type { Db } from "@/lib/server/db";

type ChainRow = { id: string; depth: number; version: number; modelName: string; kind: ModelKind };
type MetricRow = {
  versionId: string;
  suite: string;
  metric: string;
  slice: string | null;
  value: number;
  higherIsBetter: boolean;
  runId: string;
  recordedAt: Date;
};
export type VersionRef = { id: string; label: string };

// The version and its first-parent chain up to the root: the parent is the first edge in lineage
// order (createdAt, id), as the policy engine reads it. Capped, though cycles are refused on write.
const chainSql = (versionId: string) => Prisma.sql`
  WITH RECURSIVE chain (id, depth) AS (
    SELECT ${versionId}::text, 0
    UNION ALL
    SELECT first."parentId", c.depth + 1
    FROM chain c
    CROSS JOIN LATERAL (
      SELECT e."parentId" FROM "LineageEdge" e WHERE e."childId" = c.id ORDER BY e."createdAt", e.id LIMIT 1
    ) first
    WHERE c.depth < 100
  )
  SELECT c.id, c.depth, v.version, m.name AS "modelName", m.kind
  FROM chain c
  JOIN "ModelVersion" v ON v.id = c.id
  JOIN "Model" m ON m.id = v."modelId"
  ORDER BY c.depth`;

// The latest value of each (suite, metric, slice) of the given versions: from the newest run that reports it.
const metricsSql = (versionIds: string[]) => Prisma.sql`
  SELECT DISTINCT ON (r."versionId", r.suite, mv.name, mv.slice)
         r."versionId", r.suite, mv.name AS metric, mv.slice, mv.value, mv."higherIsBetter",
         r.id AS "runId", r."createdAt" AS "recordedAt"
  FROM "EvaluationRun" r
  JOIN "MetricValue" mv ON mv."runId" = r.id
  WHERE r."versionId" IN (${Prisma.join(versionIds)})
  ORDER BY r."versionId", r.suite, mv.name, mv.slice NULLS FIRST, r."createdAt" DESC, r.id DESC, mv.id`;

const refOf = (row: ChainRow): VersionRef => ({ id: row.id, label: `${row.modelName} v${row.version}` });

/** The version, its parent and its base; null when the version does not exist. */
export async function readLineageRefs(client: Db, versionId: string) {
  const chain = await client.$queryRaw<ChainRow[]>(chainSql(versionId));
  if (chain.length === 0) return null;
  const root = chain[chain.length - 1]!;
  return {
    version: refOf(chain[0]!),
    parent: chain[1] ? refOf(chain[1]) : null,
    base: root.depth > 0 && root.kind === "BASE" ? refOf(root) : null,
  };
}

/**
 * The version's latest overall value of each suite and metric against its parent's and its base's,
 * with its slices. Only the version's own metrics are rows: what the parent measured and the version
 * did not is not a comparison.
 */
export async function readEvaluationComparison(
  client: Db,
  refs: { version: VersionRef; parent: VersionRef | null; base: VersionRef | null },
): Promise<EvaluationRow[]> {
  const ids = [refs.version.id, refs.parent?.id, refs.base?.id].filter((id): id is string => !!id);
  const rows = await client.$queryRaw<MetricRow[]>(metricsSql([...new Set(ids)]));
  const key = (r: { suite: string; metric: string }) => JSON.stringify([r.suite, r.metric]);
  const overall = (versionId: string | undefined) =>
    new Map(rows.filter((r) => r.versionId === versionId && r.slice === null).map((r) => [key(r), r]));
  const parent = overall(refs.parent?.id);
  const base = overall(refs.base?.id);
  const own = rows.filter((r) => r.versionId === refs.version.id);

  return own
    .filter((r) => r.slice === null)
    .map((r) => {
      const against = (other: MetricRow | undefined) =>
        other ? compareMetric(r.value, other.value, r.higherIsBetter) : null;
      return {
        suite: r.suite,
        metric: r.metric,
        higherIsBetter: r.higherIsBetter,
        value: r.value,
        runId: r.runId,
        recordedAt: r.recordedAt.toISOString(),
        parent: against(parent.get(key(r))),
        base: against(base.get(key(r))),
        slices: own
          .filter((s) => s.slice !== null && key(s) === key(r))
          .map((s) => ({ slice: s.slice!, value: s.value })),
      };
    });
}
