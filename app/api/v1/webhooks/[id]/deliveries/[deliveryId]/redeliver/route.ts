import { withApi } from "@/lib/server/http/with-api";
import { redeliver } from "@/lib/server/webhooks/redeliver";

export const POST = withApi<{ id: string; deliveryId: string }>(
  async ({ principal, params }) => ({ delivery: await redeliver(principal, params.id, params.deliveryId) }),
  { permission: "admin.webhooks", status: 201 },
);
