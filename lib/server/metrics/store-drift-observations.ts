import "server-only";
import type { ObservationColumns } from "@/lib/metrics/input/drift-observations";
import { recordAudit, type AuditActor } from "@/lib/server/audit/record-audit";
import type { Tx } from "@/lib/server/db";
import { insertDriftObservations } from "./insert-drift-observations";

/**
 * Drift observations of one version and their `drift.observations_recorded` event, inside the caller's
 * transaction: the one way they are written (the API, the demo seed).
 */
export async function storeDriftObservations(
  tx: Tx,
  input: {
    actor: AuditActor;
    versionId: string;
    columns: ObservationColumns;
    source: "bulk" | "computed";
    recordedAt?: string[];
    /** when the batch was recorded; now by default. The demo seed replays history. */
    now?: Date;
  },
) {
  const { columns } = input;
  const counts = await insertDriftObservations(tx, input.versionId, columns, input.recordedAt);
  await recordAudit(tx, {
    actor: input.actor,
    action: "drift.observations_recorded",
    entityType: "model_version",
    entityId: input.versionId,
    changes: {
      ...counts,
      source: input.source,
      features: [...new Set(columns.feature)],
      metrics: [...new Set(columns.metric)],
      from: columns.windowStart.reduce((a, b) => (a < b ? a : b)),
      to: columns.windowEnd.reduce((a, b) => (a > b ? a : b)),
    },
    occurredAt: input.now,
  });
  return counts;
}
