import "server-only";
import { findBreaches } from "@/lib/alerts/breaches";
import { db, type Tx } from "@/lib/server/db";
import { gatherEvidence } from "@/lib/server/policies/gather-evidence";
import { policiesInForce } from "@/lib/server/policies/policies-in-force";
import { raiseAlert } from "./raise-alert";

/**
 * Raises an alert for each fairness or drift threshold a PRODUCTION version breaches, by the enabled
 * policies for PRODUCTION (ENFORCE and SHADOW alike: a threshold an officer set is worth knowing
 * about in production either way). Other stages have the promotion gate instead. Safe to run again:
 * an alert that is still open is not raised twice. Returns how many alerts it raised.
 */
export async function checkVersionAlerts(versionId: string, now = new Date()): Promise<number> {
  const version = await db.modelVersion.findUnique({ where: { id: versionId }, select: { stage: true } });
  if (version?.stage !== "PRODUCTION") return 0;
  const raised = await db.$transaction((tx) => raiseVersionAlerts(tx, versionId, now));
  return raised.length;
}

/**
 * The check itself, on the evidence and policies as they stood at `now`, for a version the caller knows
 * to be in production then (the demo seed replays its history through here). Returns the new alerts' ids.
 */
export async function raiseVersionAlerts(tx: Tx, versionId: string, now: Date): Promise<string[]> {
  const evidence = await gatherEvidence(tx, versionId, { asOf: now });
  const policies = await policiesInForce(tx, "PRODUCTION", now);
  const raised: string[] = [];
  for (const breach of findBreaches(policies, evidence)) {
    const id = await raiseAlert(tx, {
      versionId,
      kind: breach.kind,
      severity: breach.severity,
      rule: breach.rule,
      feature: breach.feature,
      title: `${evidence.version.label}: ${breach.result.message}`,
      details: {
        policy: breach.policy,
        ruleId: breach.result.ruleId,
        description: breach.result.description,
        measured: breach.result.measured,
        required: breach.result.required,
        value: breach.result.value,
      },
      at: now,
    });
    if (id) raised.push(id);
  }
  return raised;
}
