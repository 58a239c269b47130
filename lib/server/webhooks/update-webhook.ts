import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { updateWebhookSchema, type UpdateWebhookInput } from "@/lib/schemas/webhooks";
import { recordAudit, type AuditActor } from "@/lib/server/audit/record-audit";
import { db, type Tx } from "@/lib/server/db";
import { parseInput } from "@/lib/validation";
import { toWebhookView, webhookViewSelect, type WebhookView } from "./webhook-view";

/** Pauses or resumes a webhook. */
export async function updateWebhook(
  principal: Principal,
  webhookId: string,
  input: UpdateWebhookInput,
): Promise<WebhookView> {
  requirePermission(principal, "admin.webhooks");
  const { enabled } = parseInput(updateWebhookSchema, input);
  return db.$transaction((tx) =>
    setWebhookEnabled(tx, { actor: principal, webhookId, enabled, now: new Date() }),
  );
}

/**
 * The change and its audit event inside the caller's transaction (the service above, the demo seed).
 * Resuming clears why it was disabled; deliveries that failed meanwhile stay failed (redeliver them).
 */
export async function setWebhookEnabled(
  tx: Tx,
  { actor, webhookId, enabled, now }: { actor: AuditActor; webhookId: string; enabled: boolean; now: Date },
): Promise<WebhookView> {
  const found = await tx.webhook.findUnique({ where: { id: webhookId }, select: { enabled: true } });
  if (!found) throw notFound("The webhook");
  const row = await tx.webhook.update({
    where: { id: webhookId },
    data: { enabled, disabledReason: enabled ? null : "Disabled by an admin" },
    select: webhookViewSelect,
  });
  if (found.enabled !== enabled)
    await recordAudit(tx, {
      actor,
      action: enabled ? "webhook.enabled" : "webhook.disabled",
      entityType: "webhook",
      entityId: webhookId,
      changes: { enabled },
      occurredAt: now,
    });
  return toWebhookView(row);
}

/** Removes a webhook and its delivery log; deliveries still waiting are dropped with it. */
export async function deleteWebhook(principal: Principal, webhookId: string): Promise<void> {
  requirePermission(principal, "admin.webhooks");
  await db.$transaction(async (tx) => {
    const deleted = await tx.webhook.deleteMany({ where: { id: webhookId } });
    if (deleted.count === 0) throw notFound("The webhook");
    await recordAudit(tx, {
      actor: principal,
      action: "webhook.deleted",
      entityType: "webhook",
      entityId: webhookId,
    });
  });
}
