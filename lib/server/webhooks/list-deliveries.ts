import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { listDeliveriesQuerySchema } from "@/lib/schemas/webhooks";
import { db } from "@/lib/server/db";
import { afterCursor, decodeCursor, keysetOrder, toPage } from "@/lib/server/http/keyset";
import { parseInput } from "@/lib/validation";
import { deliveryViewSelect, type DeliveryView } from "./webhook-view";

/** A webhook's delivery log, newest first, each delivery with its attempts. */
export async function listDeliveries(
  principal: Principal,
  webhookId: string,
  query: Record<string, unknown> = {},
): Promise<{ items: DeliveryView[]; nextCursor: string | null }> {
  requirePermission(principal, "admin.webhooks");
  const { limit, cursor } = parseInput(listDeliveriesQuerySchema, query);
  const position = decodeCursor(cursor);
  if (!(await db.webhook.findUnique({ where: { id: webhookId }, select: { id: true } })))
    throw notFound("The webhook");
  const rows = await db.webhookDelivery.findMany({
    where: { webhookId, ...afterCursor(position) },
    orderBy: keysetOrder,
    take: limit + 1,
    select: deliveryViewSelect,
  });
  return toPage(rows, limit);
}
