import { listDeliveriesQuerySchema } from "@/lib/schemas/webhooks";
import { readQuery, withApi } from "@/lib/server/http/with-api";
import { listDeliveries } from "@/lib/server/webhooks/list-deliveries";

export const dynamic = "force-dynamic";

export const GET = withApi<{ id: string }>(
  async ({ req, principal, params }) =>
    listDeliveries(principal, params.id, readQuery(req, listDeliveriesQuerySchema)),
  { permission: "admin.webhooks" },
);
