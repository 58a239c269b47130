import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import type { z } from "zod";
import { listUsersQuerySchema } from "@/lib/schemas/users";
import { db } from "@/lib/server/db";
import { afterCursor, decodeCursor, keysetOrder, toPage } from "@/lib/server/http/keyset";
import { toUserView, userViewSelect, type UserView } from "@/lib/server/users/user-view";
import { parseInput } from "@/lib/validation";

/** Every user with roles, teams, last sign-in and whether they are disabled; newest first. */
export async function listUsers(
  principal: Principal,
  query: z.input<typeof listUsersQuerySchema> = {},
): Promise<{ items: UserView[]; nextCursor: string | null }> {
  requirePermission(principal, "admin.users");
  const { limit, cursor } = parseInput(listUsersQuerySchema, query);
  const rows = await db.user.findMany({
    where: afterCursor(decodeCursor(cursor)),
    orderBy: keysetOrder,
    take: limit + 1,
    select: userViewSelect,
  });
  const page = toPage(rows, limit);
  return { items: page.items.map(toUserView), nextCursor: page.nextCursor };
}
