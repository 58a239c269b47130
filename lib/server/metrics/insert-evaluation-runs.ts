import "server-only";
import { randomUUID } from "node:crypto";
import type { EvaluationRunInput } from "@/lib/metrics/input/evaluation-input";
import { recordAudit, type UserActor } from "@/lib/server/audit/record-audit";
import type { Tx } from "@/lib/server/db";

export type RecordedRun = { id: string; suite: string; source: string; metrics: number };

/**
 * Writes evaluation runs and their metrics, each run audited as `evaluation_run.recorded`, inside the
 * caller's transaction: the API, the registration and the demo seed all record runs through here.
 */
export async function insertEvaluationRuns(
  tx: Tx,
  options: { versionId: string; actor: UserActor; runs: EvaluationRunInput[]; now?: Date },
): Promise<RecordedRun[]> {
  const { versionId, actor, runs } = options;
  const createdAt = options.now ?? new Date();
  // Ids made here, so each run's metrics and event name it without relying on RETURNING's order.
  const created = runs.map(() => ({ id: randomUUID() }));
  await tx.evaluationRun.createMany({
    data: runs.map(({ metrics: _, ...run }, index) => ({
      ...run,
      id: created[index]!.id,
      versionId,
      createdById: actor.id,
      createdAt,
    })),
  });
  await tx.metricValue.createMany({
    data: runs.flatMap((run, index) =>
      run.metrics.map((metric) => ({ ...metric, runId: created[index]!.id })),
    ),
  });
  for (const [index, { metrics, ...run }] of runs.entries()) {
    await recordAudit(tx, {
      actor,
      action: "evaluation_run.recorded",
      entityType: "evaluation_run",
      entityId: created[index]!.id,
      changes: { versionId, ...run, metrics },
      occurredAt: createdAt,
    });
  }
  return runs.map((run, index) => ({
    id: created[index]!.id,
    suite: run.suite,
    source: run.source,
    metrics: run.metrics.length,
  }));
}
