import "server-only";
import { can, requirePermission, type Principal } from "@/lib/auth/permissions";
import { forbidden } from "@/lib/errors";
import { listTokensQuerySchema, type ListTokensQuery } from "@/lib/schemas/tokens";
import { db } from "@/lib/server/db";
import { afterCursor, decodeCursor, keysetOrder, toPage } from "@/lib/server/http/keyset";
import { toTokenView, tokenViewSelect, type ApiTokenView } from "@/lib/server/tokens/token-view";
import { parseInput } from "@/lib/validation";

/**
 * The caller's own tokens, newest first; with `admin.tokens`, everyone's (or one user's with `userId`).
 * Revoked and expired tokens stay listed, marked by their status, so a user can see what stopped working.
 */
export async function listApiTokens(
  principal: Principal,
  query: ListTokensQuery = {},
): Promise<{ items: ApiTokenView[]; nextCursor: string | null }> {
  requirePermission(principal, "tokens.own");
  const { limit, cursor, userId } = parseInput(listTokensQuerySchema, query);
  const seesAll = can(principal, "admin.tokens");
  if (!seesAll && userId && userId !== principal.id)
    throw forbidden("Only admins may list other users' tokens");

  const owner = seesAll ? userId : principal.id;
  const rows = await db.apiToken.findMany({
    where: { ...(owner ? { userId: owner } : {}), ...afterCursor(decodeCursor(cursor)) },
    orderBy: keysetOrder,
    take: limit + 1,
    select: tokenViewSelect,
  });
  const page = toPage(rows, limit);
  const now = new Date();
  return { items: page.items.map((row) => toTokenView(row, now)), nextCursor: page.nextCursor };
}
