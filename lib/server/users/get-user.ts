import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { toUserView, userViewSelect, type UserView } from "@/lib/server/users/user-view";

export async function getUserOrThrow(principal: Principal, userId: string): Promise<UserView> {
  requirePermission(principal, "admin.users");
  const user = await db.user.findUnique({ where: { id: userId }, select: userViewSelect });
  if (!user) throw notFound("The user");
  return toUserView(user);
}
