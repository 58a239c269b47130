import "server-only";
import type { ObservationColumns } from "@/lib/metrics/input/drift-observations";
import { toArrayLiteral } from "@/lib/sql/array-literal";
import { notFound } from "@/lib/errors";
import type { Tx } from "@/lib/server/db";

/**
 * One INSERT ... SELECT FROM unnest per batch, each column sent as one array literal
 * (lib/sql/array-literal.ts): 10,000 observations are one statement with eight text parameters.
 *
 * ON CONFLICT DO NOTHING, not DO UPDATE: an observation measures a closed window, and policies judge
 * and promotions freeze what was recorded; a re-sent batch (a retry after a timeout) must not count
 * twice nor quietly rewrite evidence. The first write stands and the answer says how many were already
 * present. DO NOTHING also takes the same window twice within one batch, where DO UPDATE would fail.
 *
 * The table has no foreign key to its version (a per-row key check cost 40% of the insert): the version
 * row is locked FOR KEY SHARE once here, as that check would, so it cannot be deleted before the batch
 * commits (docs/decisions/012-drift-observations-without-a-row-foreign-key.md).
 */
export async function insertDriftObservations(
  tx: Tx,
  versionId: string,
  columns: ObservationColumns,
  /** when each observation was recorded (ISO, UTC); the transaction's time by default. The demo seed replays history. */
  recordedAt?: string[],
) {
  const [version] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "ModelVersion" WHERE id = ${versionId} FOR KEY SHARE`;
  if (!version) throw notFound("The version");
  const recorded = recordedAt ? toArrayLiteral(recordedAt) : null;
  const inserted = await tx.$executeRaw`
    INSERT INTO "DriftObservation" ("versionId", "feature", "metric", "value", "windowStart", "windowEnd", "referenceSize", "currentSize", "createdAt")
    SELECT ${versionId}, t.feature, t.metric, t.value, t.window_start, t.window_end, t.reference_size, t.current_size,
           coalesce(t.recorded_at, now())
    FROM unnest(
      ${toArrayLiteral(columns.feature)}::text[], ${toArrayLiteral(columns.metric)}::"DriftMetric"[],
      ${toArrayLiteral(columns.value)}::float8[],
      ${toArrayLiteral(columns.windowStart)}::timestamp(3)[], ${toArrayLiteral(columns.windowEnd)}::timestamp(3)[],
      ${toArrayLiteral(columns.referenceSize)}::int[], ${toArrayLiteral(columns.currentSize)}::int[],
      ${recorded}::timestamp(3)[]
    ) AS t (feature, metric, value, window_start, window_end, reference_size, current_size, recorded_at)
    ON CONFLICT ("versionId", "feature", "metric", "windowStart", "windowEnd") DO NOTHING`;
  return { inserted, alreadyPresent: columns.feature.length - inserted };
}
