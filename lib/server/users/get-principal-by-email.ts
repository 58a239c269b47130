import "server-only";
import type { Principal, Role } from "@/lib/auth/permissions";
import { conflict, notFound } from "@/lib/errors";
import { db } from "@/lib/server/db";

/** For tools that act as a named user (the CLI): that user's principal, if the account exists and is enabled. */
export async function getPrincipalByEmailOrThrow(email: string): Promise<Principal> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, roles: true, disabled: true },
  });
  if (!user) throw notFound(`A user with the email ${email}`);
  if (user.disabled) throw conflict(`The user ${user.email} is disabled; an admin must enable them first`);
  return { id: user.id, email: user.email, name: user.name, roles: user.roles as Role[] };
}
