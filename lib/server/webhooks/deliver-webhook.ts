import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/server/db";
import { enqueue } from "@/lib/server/jobs/enqueue";
import { QUEUES } from "@/lib/server/jobs/queues";
import { retryDelayMs, retryPolicyFrom } from "@/lib/webhooks/backoff";
import { openSecret } from "@/lib/webhooks/secret-box";
import { signDelivery } from "@/lib/webhooks/signature";
import { deliveryBody } from "./create-delivery";
import { disableIfFailing } from "./disable-failing-webhook";
import { postDelivery, type PostResult } from "./post-delivery";
import { webhookSecretKey } from "./secret-key";

const retryPolicy = () =>
  retryPolicyFrom({
    schedule: process.env.WEBHOOK_RETRY_SCHEDULE,
    maxAttempts: process.env.WEBHOOK_MAX_ATTEMPTS,
  });

/**
 * The job of one attempt of one delivery: sign, POST, log the attempt, and either finish the delivery
 * or enqueue the next attempt on the retry schedule, in one transaction. Idempotent: an attempt already
 * logged (the job ran before and crashed after its commit) is not made again. A crash between the POST
 * and the commit sends it again: receivers drop repeats by `X-Webhook-Id`.
 */
export async function deliverWebhook({ deliveryId, attempt }: { deliveryId: string; attempt: number }) {
  const delivery = await db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: {
      eventId: true,
      event: true,
      payload: true,
      status: true,
      attempts: true,
      webhook: { select: { id: true, url: true, enabled: true, encryptedSecret: true } },
    },
  });
  if (!delivery || delivery.status !== "PENDING" || delivery.attempts >= attempt) return;
  const { webhook } = delivery;
  // a test event goes out even while the webhook is disabled: it is how an admin checks a repaired endpoint
  const result: PostResult =
    webhook.enabled || delivery.event === "webhook.test"
      ? await send(webhook, delivery)
      : { responseCode: null, durationMs: 0, error: "The webhook is disabled" };
  await logAttempt(deliveryId, webhook.id, attempt, result, webhook.enabled);
}

async function send(
  webhook: { url: string; encryptedSecret: string },
  delivery: { eventId: string; event: string; payload: Prisma.JsonValue },
) {
  const body = deliveryBody(delivery);
  const timestamp = Math.floor(Date.now() / 1000);
  const secret = openSecret(webhookSecretKey(), webhook.encryptedSecret);
  return postDelivery(webhook.url, body, {
    "user-agent": "model-registry-webhooks/1",
    "x-webhook-id": delivery.eventId,
    "x-webhook-timestamp": String(timestamp),
    "x-signature": signDelivery(secret, timestamp, body),
  });
}

async function logAttempt(
  deliveryId: string,
  webhookId: string,
  attempt: number,
  result: PostResult,
  enabled: boolean,
) {
  const now = new Date();
  await db.$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<{ status: string; attempts: number }[]>`
      SELECT status, attempts FROM "WebhookDelivery" WHERE id = ${deliveryId} FOR UPDATE`;
    if (!current || current.status !== "PENDING" || current.attempts >= attempt) return;
    const succeeded = result.error === null;
    const delay = succeeded || !enabled ? null : retryDelayMs(retryPolicy(), attempt, Math.random());
    await tx.webhookAttempt.create({
      data: {
        deliveryId,
        attempt,
        startedAt: new Date(now.getTime() - result.durationMs),
        durationMs: result.durationMs,
        responseCode: result.responseCode,
        succeeded,
        error: result.error,
      },
    });
    await tx.webhookDelivery.update({
      where: { id: deliveryId },
      data: {
        attempts: attempt,
        responseCode: result.responseCode,
        lastError: result.error,
        status: succeeded ? "SUCCEEDED" : delay === null ? "FAILED" : "PENDING",
        deliveredAt: succeeded ? now : null,
        nextAttemptAt: delay === null ? null : new Date(now.getTime() + delay),
      },
    });
    if (delay !== null)
      await enqueue(
        tx,
        QUEUES.webhookDeliver.name,
        { deliveryId, attempt: attempt + 1 },
        { startAfterMs: delay },
      );
    else if (!succeeded && enabled) await disableIfFailing(tx, webhookId, now);
  });
}
