import { createWebhookSchema, listWebhooksQuerySchema } from "@/lib/schemas/webhooks";
import { readBody, readQuery, withApi } from "@/lib/server/http/with-api";
import { createWebhook } from "@/lib/server/webhooks/create-webhook";
import { listWebhooks } from "@/lib/server/webhooks/get-webhook";

export const dynamic = "force-dynamic";

export const GET = withApi(
  async ({ req, principal }) => listWebhooks(principal, readQuery(req, listWebhooksQuerySchema)),
  { permission: "admin.webhooks" },
);

export const POST = withApi(
  async ({ req, principal }) => ({
    webhook: await createWebhook(principal, await readBody(req, createWebhookSchema)),
  }),
  { permission: "admin.webhooks", status: 201 },
);
