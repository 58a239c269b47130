import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { listWebhooksQuerySchema } from "@/lib/schemas/webhooks";
import { db } from "@/lib/server/db";
import { afterCursor, decodeCursor, keysetOrder, toPage } from "@/lib/server/http/keyset";
import { parseInput } from "@/lib/validation";
import { toWebhookView, webhookViewSelect, type WebhookView } from "./webhook-view";

export async function getWebhook(principal: Principal, id: string): Promise<WebhookView> {
  requirePermission(principal, "admin.webhooks");
  const row = await db.webhook.findUnique({ where: { id }, select: webhookViewSelect });
  if (!row) throw notFound("The webhook");
  return toWebhookView(row);
}

/** Every webhook, newest first. */
export async function listWebhooks(
  principal: Principal,
  query: Record<string, unknown> = {},
): Promise<{ items: WebhookView[]; nextCursor: string | null }> {
  requirePermission(principal, "admin.webhooks");
  const { limit, cursor } = parseInput(listWebhooksQuerySchema, query);
  const rows = await db.webhook.findMany({
    where: afterCursor(decodeCursor(cursor)),
    orderBy: keysetOrder,
    take: limit + 1,
    select: webhookViewSelect,
  });
  const page = toPage(rows, limit);
  return { items: page.items.map(toWebhookView), nextCursor: page.nextCursor };
}
