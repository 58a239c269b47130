import "server-only";
import { randomUUID } from "node:crypto";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db";
import { createDelivery } from "./create-delivery";
import { deliveryViewSelect, type DeliveryView } from "./webhook-view";

/** A `webhook.test` delivery to one endpoint, logged like any other (it is sent even while the webhook is disabled). */
export async function sendTestEvent(principal: Principal, webhookId: string): Promise<DeliveryView> {
  requirePermission(principal, "admin.webhooks");
  return db.$transaction(async (tx) => {
    const webhook = await tx.webhook.findUnique({
      where: { id: webhookId },
      select: { id: true, url: true },
    });
    if (!webhook) throw notFound("The webhook");
    const now = new Date();
    const { id } = await createDelivery(tx, webhook.id, {
      eventId: randomUUID(),
      type: "webhook.test",
      createdAt: now,
      data: { webhookId: webhook.id, message: "A test event sent from the model registry" },
    });
    await recordAudit(tx, {
      actor: principal,
      action: "webhook.test_sent",
      entityType: "webhook",
      entityId: webhook.id,
      changes: { deliveryId: id },
      occurredAt: now,
    });
    return tx.webhookDelivery.findUniqueOrThrow({ where: { id }, select: deliveryViewSelect });
  });
}
