import "server-only";
import { getServerSession } from "next-auth";
import { forbidden as forbiddenPage, redirect } from "next/navigation";
import { cache } from "react";
import { can, type Permission, type Principal } from "@/lib/auth/permissions";
import { authOptions } from "@/lib/server/auth/auth-options";
import { loadPrincipal } from "@/lib/server/auth/load-principal";

/** The signed-in user of this request, read once per request however many components ask. */
export const getSessionPrincipal = cache(async (): Promise<Principal | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; sessionId?: string } | undefined;
  return user?.id ? loadPrincipal(user.id, { sessionId: user.sessionId ?? "" }) : null;
});

/** For pages: sends a visitor to sign in, and answers 403 when the role may not see the page. */
export async function requirePageUser(permission?: Permission): Promise<Principal> {
  const principal = await getSessionPrincipal();
  if (!principal) redirect("/signin");
  if (permission && !can(principal, permission)) forbiddenPage();
  return principal;
}
