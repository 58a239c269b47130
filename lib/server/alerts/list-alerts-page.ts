import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { listAlertsApiQuerySchema, type ListAlertsApiQuery } from "@/lib/schemas/alert-actions";
import { db } from "@/lib/server/db";
import { afterCursor, decodeCursor, keysetOrder, toPage } from "@/lib/server/http/keyset";
import { parseInput } from "@/lib/validation";
import { alertViewSelect, type AlertView } from "./alert-view";

/** `GET /api/v1/alerts`: newest first, by status, severity and kind, a page at a time. */
export async function listAlertsPage(
  principal: Principal,
  query: ListAlertsApiQuery = {},
): Promise<{ items: AlertView[]; nextCursor: string | null }> {
  requirePermission(principal, "dashboards.read");
  const { limit, cursor, status, severity, kind } = parseInput(listAlertsApiQuerySchema, query);
  const rows = await db.alert.findMany({
    where: { status, severity, kind, ...afterCursor(decodeCursor(cursor)) },
    orderBy: keysetOrder,
    take: limit + 1,
    select: alertViewSelect,
  });
  return toPage(rows, limit);
}
