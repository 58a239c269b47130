import "server-only";
import type { Principal, Role } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";

/** Roles are read from the database on every request, so a role change or a disabled account takes effect at once. */
export async function loadPrincipal(userId: string): Promise<Principal | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, roles: true, disabled: true },
  });
  if (!user || user.disabled) return null;
  return { id: user.id, email: user.email, name: user.name, roles: user.roles as Role[] };
}
