import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/server/db";
import { webhookEventOf } from "@/lib/webhooks/events";
import { createDelivery } from "./create-delivery";

export type AuditedChange = {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  actor: { id: string | null };
  occurredAt: Date;
  changes?: unknown;
};

/**
 * The one place webhook deliveries come from: called by recordAudit with each event it writes, in the
 * same transaction, so a delivery exists exactly when its change committed. Most actions fire no event
 * and cost nothing; the others cost one query over the (few) enabled webhooks.
 * The body carries ids, not people's names or e-mails: a receiver looks them up with a token.
 */
export async function fanOutToWebhooks(tx: Tx, change: AuditedChange) {
  const type = webhookEventOf(change.action);
  if (!type) return;
  const subscribed = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Webhook" WHERE enabled AND ${type} = ANY(events)`;
  for (const { id } of subscribed)
    await createDelivery(tx, id, {
      eventId: change.id,
      type,
      createdAt: change.occurredAt,
      data: {
        action: change.action,
        entity: { type: change.entityType, id: change.entityId },
        actorId: change.actor.id,
        changes: (change.changes ?? null) as Prisma.InputJsonValue,
      },
    });
}
