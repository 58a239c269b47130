import { withApi } from "@/lib/server/http/with-api";
import { sendTestEvent } from "@/lib/server/webhooks/send-test-event";

export const POST = withApi<{ id: string }>(
  async ({ principal, params }) => ({ delivery: await sendTestEvent(principal, params.id) }),
  { permission: "admin.webhooks", status: 201 },
);
