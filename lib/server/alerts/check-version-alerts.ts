import "server-only";
import { findBreaches } from "@/lib/alerts/breaches";
import { db } from "@/lib/server/db";
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
  const [evidence, policies] = await Promise.all([
    gatherEvidence(db, versionId, { asOf: now }),
    policiesInForce(db, "PRODUCTION", now),
  ]);
  const breaches = findBreaches(policies, evidence);
  if (breaches.length === 0) return 0;
  const raised = await db.$transaction(async (tx) => {
    let count = 0;
    for (const breach of breaches) {
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
      if (id) count += 1;
    }
    return count;
  });
  return raised;
}
