import "server-only";
import type { FairnessReport } from "@/lib/metrics/fairness";
import { recordAudit, type UserActor } from "@/lib/server/audit/record-audit";
import type { Tx } from "@/lib/server/db";

/**
 * One computed fairness report and its `fairness_report.computed` event, inside the caller's
 * transaction: the one way reports are written (the API, the demo seed).
 */
export async function storeFairnessReport(
  tx: Tx,
  input: {
    actor: UserActor;
    versionId: string;
    attribute: string;
    report: FairnessReport;
    /** when it was computed; now by default. The demo seed replays history. */
    createdAt?: Date;
  },
) {
  const { actor, versionId, attribute, report } = input;
  const row = await tx.fairnessReport.create({
    data: {
      versionId,
      attribute,
      rowCount: report.rowCount,
      groups: report.groups,
      demographicParityDifference: report.demographicParityDifference,
      disparateImpactRatio: report.disparateImpactRatio,
      equalizedOddsDifference: report.equalizedOddsDifference,
      warnings: report.warnings,
      createdById: actor.id,
      ...(input.createdAt ? { createdAt: input.createdAt } : {}),
    },
    select: { id: true, createdAt: true },
  });
  await recordAudit(tx, {
    actor,
    action: "fairness_report.computed",
    entityType: "fairness_report",
    entityId: row.id,
    changes: {
      versionId,
      attribute,
      rowCount: report.rowCount,
      demographicParityDifference: report.demographicParityDifference,
      disparateImpactRatio: report.disparateImpactRatio,
      equalizedOddsDifference: report.equalizedOddsDifference,
      warnings: report.warnings,
    },
    occurredAt: row.createdAt,
  });
  return row;
}
