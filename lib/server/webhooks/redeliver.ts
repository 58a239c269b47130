import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { conflict, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db";
import type { WebhookEvent } from "@/lib/webhooks/events";
import { createDelivery } from "./create-delivery";
import { deliveryViewSelect, type DeliveryView } from "./webhook-view";

/**
 * Sends a finished delivery again as a new delivery with the same event (same `X-Webhook-Id`, body and
 * event time) and a fresh retry series. Only to an enabled webhook, but for a test event.
 */
export async function redeliver(
  principal: Principal,
  webhookId: string,
  deliveryId: string,
): Promise<DeliveryView> {
  requirePermission(principal, "admin.webhooks");
  return db.$transaction(async (tx) => {
    const original = await tx.webhookDelivery.findFirst({
      where: { id: deliveryId, webhookId },
      select: {
        eventId: true,
        event: true,
        payload: true,
        status: true,
        webhook: { select: { enabled: true } },
      },
    });
    if (!original) throw notFound("The delivery");
    if (original.status === "PENDING")
      throw conflict("This delivery is still being tried; wait for it to finish");
    if (!original.webhook.enabled && original.event !== "webhook.test")
      throw conflict("The webhook is disabled: enable it before redelivering");
    const { createdAt, data } = original.payload as { createdAt: string; data: never };
    const { id } = await createDelivery(tx, webhookId, {
      eventId: original.eventId,
      type: original.event as WebhookEvent,
      createdAt: new Date(createdAt),
      data,
    });
    await recordAudit(tx, {
      actor: principal,
      action: "webhook.redelivered",
      entityType: "webhook",
      entityId: webhookId,
      changes: { deliveryId: id, of: deliveryId, eventId: original.eventId },
    });
    return tx.webhookDelivery.findUniqueOrThrow({ where: { id }, select: deliveryViewSelect });
  });
}
