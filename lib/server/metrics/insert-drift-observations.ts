import "server-only";
import type { ObservationColumns } from "@/lib/metrics/input/drift-observations";
import type { Tx } from "@/lib/server/db";

/**
 * One INSERT ... SELECT FROM unnest per batch: a parameter per column rather than per cell, so 10,000
 * observations are one statement with seven arrays.
 *
 * ON CONFLICT DO NOTHING, not DO UPDATE: an observation measures a closed window, and policies judge
 * and promotions freeze what was recorded; a re-sent batch (a retry after a timeout) must not count
 * twice nor quietly rewrite evidence. The first write stands and the answer says how many were already
 * present. DO NOTHING also takes the same window twice within one batch, where DO UPDATE would fail.
 */
export async function insertDriftObservations(
  tx: Tx,
  versionId: string,
  columns: ObservationColumns,
  /** when each observation was recorded (ISO, UTC); now by default. The demo seed replays history. */
  recordedAt: string[] = columns.feature.map(() => new Date().toISOString()),
) {
  const inserted = await tx.$executeRaw`
    INSERT INTO "DriftObservation" ("id", "versionId", "feature", "metric", "value", "windowStart", "windowEnd", "referenceSize", "currentSize", "createdAt")
    SELECT gen_random_uuid()::text, ${versionId}, t.*
    FROM unnest(
      ${columns.feature}::text[], ${columns.metric}::"DriftMetric"[], ${columns.value}::float8[],
      ${columns.windowStart}::timestamp(3)[], ${columns.windowEnd}::timestamp(3)[],
      ${columns.referenceSize}::int[], ${columns.currentSize}::int[], ${recordedAt}::timestamp(3)[]
    ) AS t
    ON CONFLICT ("versionId", "feature", "metric", "windowStart", "windowEnd") DO NOTHING`;
  return { inserted, alreadyPresent: columns.feature.length - inserted };
}
