import "server-only";
import type { Stage } from "@/generated/prisma/enums";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { bestIndexes, driftDirection, FAIRNESS_DIRECTIONS, type Direction } from "@/lib/metrics/best-values";
import { compareQuerySchema, type CompareQuery } from "@/lib/schemas/compare";
import { db } from "@/lib/server/db";
import { queryRows } from "@/lib/server/sql";
import { parseInput } from "@/lib/validation";

export type ComparedVersion = {
  id: string;
  version: number;
  stage: Stage;
  modelSlug: string;
  modelName: string;
  label: string;
};
/** One row of a comparison table: a value per compared version (null where it has none), in column order. */
export type CompareRow = {
  key: string;
  group: string;
  name: string;
  direction: Direction;
  values: (number | null)[];
  best: number[];
};
export type VersionComparison = {
  versions: ComparedVersion[];
  evaluation: CompareRow[];
  fairness: CompareRow[];
  drift: CompareRow[];
};

type Measured = { versionId: string; group: string; name: string; value: number | null };
type EvaluationValue = Measured & { higherIsBetter: boolean };
type FairnessValue = {
  versionId: string;
  attribute: string;
  dpd: number;
  dir: number | null;
  eod: number | null;
};

/**
 * 2 to 5 versions side by side: the latest overall (unsliced) value of each evaluation metric per suite,
 * the latest fairness report per attribute, and the latest drift window per feature and metric. Four
 * queries whatever the number of versions.
 */
export async function compareVersions(principal: Principal, query: CompareQuery): Promise<VersionComparison> {
  requirePermission(principal, "registry.read");
  const { v: ids } = parseInput(compareQuerySchema, query);

  const found = await db.modelVersion.findMany({
    where: { id: { in: ids } },
    select: { id: true, version: true, stage: true, model: { select: { slug: true, name: true } } },
  });
  const missing = ids.filter((id) => !found.some((version) => version.id === id));
  if (missing.length)
    throw new AppError("not_found", `Version ${missing.join(", ")} was not found`, undefined, {
      ids: missing,
    });
  const versions = ids.map((id) => {
    const { model, ...version } = found.find((row) => row.id === id)!;
    return {
      ...version,
      modelSlug: model.slug,
      modelName: model.name,
      label: `${model.name} v${version.version}`,
    };
  });

  const [evaluation, fairness, drift] = await Promise.all([
    queryRows<EvaluationValue>`
      SELECT DISTINCT ON (r."versionId", r.suite, m.name)
        r."versionId", r.suite AS "group", m.name, m.value, m."higherIsBetter"
      FROM "EvaluationRun" r
      JOIN "MetricValue" m ON m."runId" = r.id AND m.slice IS NULL
      WHERE r."versionId" = ANY(${ids}::text[])
      ORDER BY r."versionId", r.suite, m.name, r."createdAt" DESC, r.id DESC`,
    queryRows<FairnessValue>`
      SELECT DISTINCT ON ("versionId", attribute)
        "versionId", attribute, "demographicParityDifference" AS dpd, "disparateImpactRatio" AS dir,
        "equalizedOddsDifference" AS eod
      FROM "FairnessReport"
      WHERE "versionId" = ANY(${ids}::text[])
      ORDER BY "versionId", attribute, "createdAt" DESC, id DESC`,
    queryRows<Measured>`
      SELECT DISTINCT ON ("versionId", feature, metric::text)
        "versionId", feature AS "group", metric::text AS name, value
      FROM "DriftObservation"
      WHERE "versionId" = ANY(${ids}::text[])
      ORDER BY "versionId", feature, metric::text, "windowStart" DESC, "windowEnd" DESC`,
  ]);

  const fairnessValues = fairness.flatMap(({ versionId, attribute, ...measures }) =>
    (["DPD", "DIR", "EOD"] as const).map((name) => ({
      versionId,
      group: attribute,
      name,
      value: measures[name.toLowerCase() as "dpd" | "dir" | "eod"],
    })),
  );
  return {
    versions,
    evaluation: toRows(ids, evaluation, (row) => (row.higherIsBetter ? "higher" : "lower")),
    fairness: toRows(ids, fairnessValues, (row) => FAIRNESS_DIRECTIONS[row.name]),
    drift: toRows(ids, drift, (row) => driftDirection(row.name)),
  };
}

/** Pivots values into rows (sorted by group, then name) with one column per version and the best marked. */
function toRows<T extends Measured>(
  ids: string[],
  values: T[],
  directionOf: (value: T) => Direction,
): CompareRow[] {
  const rows = new Map<string, CompareRow>();
  for (const value of values) {
    const key = `${value.group}\u0000${value.name}`;
    let row = rows.get(key);
    if (!row) {
      // Versions rarely disagree about a metric's direction; when they do, the first value read decides.
      row = {
        key,
        group: value.group,
        name: value.name,
        direction: directionOf(value),
        values: ids.map(() => null),
        best: [],
      };
      rows.set(key, row);
    }
    row.values[ids.indexOf(value.versionId)] = value.value;
  }
  return [...rows.values()]
    .sort((a, b) => a.group.localeCompare(b.group) || a.name.localeCompare(b.name))
    .map((row) => ({ ...row, best: bestIndexes(row.values, row.direction) }));
}
