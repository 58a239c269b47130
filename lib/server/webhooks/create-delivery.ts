import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/server/db";
import { enqueue } from "@/lib/server/jobs/enqueue";
import { QUEUES } from "@/lib/server/jobs/queues";
import type { WebhookEvent } from "@/lib/webhooks/events";

export type WebhookMessage = {
  /** `X-Webhook-Id` and the body's `id` */
  eventId: string;
  type: WebhookEvent;
  createdAt: Date;
  data: Prisma.InputJsonValue;
};

/** The body a receiver gets, always spelled the same way (it is what the signature covers). */
export const deliveryBody = (delivery: { eventId: string; event: string; payload: unknown }) => {
  const { createdAt, data } = delivery.payload as { createdAt: string; data: unknown };
  return JSON.stringify({ id: delivery.eventId, type: delivery.event, createdAt, data });
};

/** A delivery of `message` to one webhook and the job of its first attempt, in the caller's transaction. */
export async function createDelivery(tx: Tx, webhookId: string, message: WebhookMessage) {
  const delivery = await tx.webhookDelivery.create({
    data: {
      webhookId,
      eventId: message.eventId,
      event: message.type,
      payload: { createdAt: message.createdAt.toISOString(), data: message.data },
      nextAttemptAt: new Date(),
    },
    select: { id: true },
  });
  await enqueue(tx, QUEUES.webhookDeliver.name, { deliveryId: delivery.id, attempt: 1 });
  return delivery;
}
