"use server";

import { z } from "zod";
import { idSchema } from "@/lib/schemas/common";
import { createWebhookSchema, updateWebhookSchema } from "@/lib/schemas/webhooks";
import { action } from "@/lib/server/http/action";
import { createWebhook } from "@/lib/server/webhooks/create-webhook";
import { redeliver } from "@/lib/server/webhooks/redeliver";
import { sendTestEvent } from "@/lib/server/webhooks/send-test-event";
import { deleteWebhook, updateWebhook } from "@/lib/server/webhooks/update-webhook";

const options = { permission: "admin.webhooks" as const, revalidate: ["/admin/webhooks"] };
const withId = z.object({ id: idSchema });

// The secret goes back to the browser this once, to be shown; the database keeps it encrypted.
export const createWebhookAction = action(createWebhookSchema, options, async (input, principal) => {
  const webhook = await createWebhook(principal, input);
  return { id: webhook.id, url: webhook.url, secret: webhook.secret };
});

export const setWebhookEnabledAction = action(
  withId.extend(updateWebhookSchema.shape),
  options,
  async ({ id, enabled }, principal) => {
    await updateWebhook(principal, id, { enabled });
  },
);

export const sendTestEventAction = action(withId, options, async ({ id }, principal) => {
  await sendTestEvent(principal, id);
});

export const redeliverAction = action(
  withId.extend({ deliveryId: idSchema }),
  options,
  async ({ id, deliveryId }, principal) => {
    await redeliver(principal, id, deliveryId);
  },
);

export const deleteWebhookAction = action(withId, options, async ({ id }, principal) => {
  await deleteWebhook(principal, id);
});
