import "server-only";
import { recordAudit, SYSTEM_ACTOR } from "@/lib/server/audit/record-audit";
import { raiseAlert } from "@/lib/server/alerts/raise-alert";
import type { Tx } from "@/lib/server/db";

/** How many deliveries in a row may fail after all their retries before the endpoint is disabled. */
const disableAfter = () => Math.max(1, Number(process.env.WEBHOOK_DISABLE_AFTER_FAILURES) || 3);

/**
 * Called when a delivery has failed its last attempt: when the webhook's latest finished deliveries all
 * failed, the webhook is disabled (no more deliveries pile up against a dead endpoint), with an audit
 * event and an alert for the admins. Re-enabling it is an admin's choice, on its page.
 */
export async function disableIfFailing(tx: Tx, webhookId: string, now: Date) {
  const limit = disableAfter();
  const latest = await tx.webhookDelivery.findMany({
    where: { webhookId, status: { not: "PENDING" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { status: true },
  });
  if (latest.length < limit || latest.some((delivery) => delivery.status !== "FAILED")) return;
  const reason = `${limit} ${limit === 1 ? "delivery" : "deliveries in a row"} failed after every retry`;
  const disabled = await tx.webhook.updateManyAndReturn({
    where: { id: webhookId, enabled: true },
    data: { enabled: false, disabledReason: reason },
    select: { id: true, url: true },
  });
  const webhook = disabled[0];
  if (!webhook) return;
  await recordAudit(tx, {
    actor: SYSTEM_ACTOR,
    action: "webhook.disabled",
    entityType: "webhook",
    entityId: webhook.id,
    changes: { enabled: false, reason },
    occurredAt: now,
  });
  await raiseAlert(tx, {
    versionId: null,
    kind: "WEBHOOK",
    severity: "WARNING",
    rule: "webhook.failing",
    feature: webhook.id,
    title: `Webhook to ${webhook.url} disabled: ${reason}`,
    details: { webhookId: webhook.id, url: webhook.url, reason },
    at: now,
  });
}
