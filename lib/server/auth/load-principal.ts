import "server-only";
import type { Principal, Role } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";

/**
 * Roles are read from the database on every request, so a role change or a disabled account takes
 * effect at once. A browser session also names its UserSession (`user-sessions.ts`): once it has ended
 * (signed out) or expired, the cookie loads nobody.
 */
export async function loadPrincipal(
  userId: string,
  browser?: { sessionId: string },
): Promise<Principal | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      roles: true,
      disabled: true,
      sessions: browser
        ? {
            where: { id: browser.sessionId, endedAt: null, expiresAt: { gt: new Date() } },
            select: { id: true },
          }
        : false,
    },
  });
  if (!user || user.disabled) return null;
  if (browser && user.sessions.length === 0) return null;
  return { id: user.id, email: user.email, name: user.name, roles: user.roles as Role[] };
}
