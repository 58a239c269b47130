/**
 * The events a webhook can subscribe to, and the audit actions each one is derived from: a delivery is
 * enqueued where the audit event is written (lib/server/webhooks/fan-out.ts), so no service has to know
 * about webhooks. `webhook.test` is the one event no audit action causes (the "send a test event" button).
 */
export const WEBHOOK_EVENTS = [
  "promotion.requested",
  "promotion.blocked",
  "promotion.withdrawn",
  "promotion.decided",
  "version.stage_changed",
  "alert.raised",
  "alert.resolved",
  "erasure.opened",
  "webhook.test",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

const EVENT_OF_ACTION: Record<string, WebhookEvent> = {
  "promotion.requested": "promotion.requested",
  "promotion.blocked": "promotion.blocked",
  "promotion.withdrawn": "promotion.withdrawn",
  "promotion.approved": "promotion.decided",
  "promotion.rejected": "promotion.decided",
  "model_version.stage_changed": "version.stage_changed",
  "model_version.stage_overridden": "version.stage_changed",
  "alert.raised": "alert.raised",
  "alert.resolved": "alert.resolved",
  "erasure_request.opened": "erasure.opened",
};

/** The webhook event an audit action fires, if any. */
export const webhookEventOf = (action: string): WebhookEvent | null => EVENT_OF_ACTION[action] ?? null;
