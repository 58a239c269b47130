import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { WebhookEvent } from "@/lib/webhooks/events";

export const webhookViewSelect = {
  id: true,
  url: true,
  events: true,
  enabled: true,
  disabledReason: true,
  createdAt: true,
  createdBy: { select: { id: true, email: true, name: true } },
} satisfies Prisma.WebhookSelect;

type Row = Prisma.WebhookGetPayload<{ select: typeof webhookViewSelect }>;
export type WebhookView = Omit<Row, "events"> & { events: WebhookEvent[] };

/** Events are validated on every write: the stored list is a list of known names. */
export const toWebhookView = (row: Row): WebhookView => ({ ...row, events: row.events as WebhookEvent[] });

export const deliveryViewSelect = {
  id: true,
  eventId: true,
  event: true,
  status: true,
  attempts: true,
  responseCode: true,
  lastError: true,
  nextAttemptAt: true,
  deliveredAt: true,
  createdAt: true,
  attemptLog: {
    orderBy: { attempt: "asc" },
    select: {
      attempt: true,
      startedAt: true,
      durationMs: true,
      responseCode: true,
      succeeded: true,
      error: true,
    },
  },
} satisfies Prisma.WebhookDeliverySelect;
export type DeliveryView = Prisma.WebhookDeliveryGetPayload<{ select: typeof deliveryViewSelect }>;
