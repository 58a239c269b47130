import { updateWebhookSchema } from "@/lib/schemas/webhooks";
import { readBody, withApi } from "@/lib/server/http/with-api";
import { getWebhook } from "@/lib/server/webhooks/get-webhook";
import { deleteWebhook, updateWebhook } from "@/lib/server/webhooks/update-webhook";

type Params = { id: string };

export const dynamic = "force-dynamic";

export const GET = withApi<Params>(
  async ({ principal, params }) => ({ webhook: await getWebhook(principal, params.id) }),
  { permission: "admin.webhooks" },
);

export const PATCH = withApi<Params>(
  async ({ req, principal, params }) => ({
    webhook: await updateWebhook(principal, params.id, await readBody(req, updateWebhookSchema)),
  }),
  { permission: "admin.webhooks" },
);

export const DELETE = withApi<Params>(
  async ({ principal, params }) => {
    await deleteWebhook(principal, params.id);
  },
  { permission: "admin.webhooks" },
);
