import { z } from "zod";
import { DeliveryStatus } from "@/generated/prisma/enums";
import { oneOf, paginationSchema } from "@/lib/schemas/common";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { refuseTarget } from "@/lib/webhooks/target-address";

/**
 * `POST /api/v1/webhooks` and the admin form. The URL is checked for what is never allowed here; whether
 * a loopback or private address is allowed depends on the installation (WEBHOOK_ALLOW_LOCAL) and is the
 * service's check.
 */
export const createWebhookSchema = z.object({
  url: z
    .string({ error: "An address such as https://hooks.example.com/registry" })
    .trim()
    .min(1, "Required")
    .max(2000, "At most 2000 characters")
    .superRefine((url, ctx) => {
      const refusal = refuseTarget(url, true);
      if (refusal) ctx.addIssue({ code: "custom", message: refusal });
    }),
  events: z
    .array(z.enum(WEBHOOK_EVENTS, oneOf(WEBHOOK_EVENTS)), { error: "A list of event names" })
    .min(1, "Choose at least one event")
    // Each event once, in the list's order, so ["alert.raised", "alert.raised"] is stored once.
    .transform((events) => WEBHOOK_EVENTS.filter((event) => events.includes(event))),
});
export type CreateWebhookInput = z.input<typeof createWebhookSchema>;

/** `PATCH /api/v1/webhooks/{id}`: pause or resume deliveries. */
export const updateWebhookSchema = z.object({ enabled: z.boolean({ error: "true or false" }) });
export type UpdateWebhookInput = z.input<typeof updateWebhookSchema>;

export const listWebhooksQuerySchema = paginationSchema;
export const listDeliveriesQuerySchema = paginationSchema;

const timestamp = z.iso.datetime();

/** A webhook as lists and pages show it: never its secret. */
export const webhookSchema = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  enabled: z.boolean(),
  disabledReason: z.string().nullable(),
  createdAt: timestamp,
  createdBy: z.object({ id: z.string(), email: z.string(), name: z.string() }),
});
export const webhookResponseSchema = z.object({ webhook: webhookSchema });
export const createdWebhookSchema = z.object({
  webhook: webhookSchema.extend({
    secret: z.string().describe("The signing secret: shown in this response only"),
  }),
});

export const webhookAttemptSchema = z.object({
  attempt: z.number().int(),
  startedAt: timestamp,
  durationMs: z.number().int(),
  responseCode: z.number().int().nullable(),
  succeeded: z.boolean(),
  error: z.string().nullable(),
});

export const webhookDeliverySchema = z.object({
  id: z.string(),
  eventId: z.string().describe("The X-Webhook-Id header: the same on every try and redelivery"),
  event: z.string(),
  status: z.enum(DeliveryStatus),
  attempts: z.number().int(),
  responseCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  nextAttemptAt: timestamp.nullable(),
  deliveredAt: timestamp.nullable(),
  createdAt: timestamp,
  attemptLog: z.array(webhookAttemptSchema),
});
export const deliveryResponseSchema = z.object({ delivery: webhookDeliverySchema });
