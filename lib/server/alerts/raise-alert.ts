import "server-only";
import type { AlertKind, AlertSeverity, Prisma } from "@/generated/prisma/client";
import { recordAudit, SYSTEM_ACTOR } from "@/lib/server/audit/record-audit";
import type { Tx } from "@/lib/server/db";

export type AlertDraft = {
  versionId: string | null;
  kind: AlertKind;
  severity: AlertSeverity;
  /** `<policy key>/<rule id>`, or the check's name (`promotion.pending`) */
  rule: string;
  /** the feature, attribute or record within the rule; "" when the rule has one subject */
  feature?: string;
  title: string;
  details: Prisma.InputJsonValue;
  /** when it was raised; now by default (the demo seed replays history) */
  at?: Date;
};

/**
 * Raises an alert unless one is already OPEN or ACKNOWLEDGED for the same version, rule and feature.
 * The partial unique index "Alert_one_open_per_subject" decides, not a read before the write: two
 * workers raising the same alert at once insert one row, and the other's insert does nothing. Only a
 * new alert gets its `alert.raised` event (and so its webhooks). Returns the new alert's id, or null.
 */
export async function raiseAlert(tx: Tx, draft: AlertDraft): Promise<string | null> {
  const at = draft.at ?? new Date();
  const feature = draft.feature ?? "";
  const [inserted] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Alert" (id, "versionId", kind, severity, status, rule, feature, title, details, "createdAt")
    VALUES (gen_random_uuid()::text, ${draft.versionId}, ${draft.kind}::"AlertKind", ${draft.severity}::"AlertSeverity",
            'OPEN', ${draft.rule}, ${feature}, ${draft.title}, ${JSON.stringify(draft.details)}::jsonb, ${at})
    ON CONFLICT ("versionId", rule, feature) WHERE status <> 'RESOLVED' DO NOTHING
    RETURNING id`;
  if (!inserted) return null;
  await recordAudit(tx, {
    actor: SYSTEM_ACTOR,
    action: "alert.raised",
    entityType: "alert",
    entityId: inserted.id,
    changes: {
      versionId: draft.versionId,
      kind: draft.kind,
      severity: draft.severity,
      rule: draft.rule,
      feature,
      title: draft.title,
      details: draft.details,
    },
    occurredAt: at,
  });
  return inserted.id;
}
