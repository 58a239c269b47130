import "server-only";
import { randomUUID } from "node:crypto";
import type { JWT } from "next-auth/jwt";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db";

/** How long a browser session lives: the session cookie's own life (next-auth's `maxAge`). */
export const SESSION_SECONDS = 8 * 60 * 60;

/**
 * Sessions are signed cookies (JWT), so signing out alone would leave a copied cookie valid for its
 * 8 hours. Each sign-in therefore opens a UserSession row whose id rides in the cookie; `loadPrincipal`
 * accepts the cookie only while that row is open, and signing out ends it. Other sessions of the same
 * person (another laptop) are untouched.
 */
export async function openSession(userId: string): Promise<string> {
  const id = randomUUID();
  await db.userSession.create({
    data: { id, userId, expiresAt: new Date(Date.now() + SESSION_SECONDS * 1000) },
    select: { id: true },
  });
  return id;
}

/** The session fields the server reads from a cookie's token: the user and the session's id. */
export function sessionOf(token: JWT): { id: string; sessionId: string } {
  return { id: token.sub!, sessionId: typeof token.sessionId === "string" ? token.sessionId : "" };
}

/** Ends one session (sign-out), audited; ending an already ended session changes nothing. */
export async function endSession(userId: string, sessionId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.userSession.updateMany({
      where: { id: sessionId, userId, endedAt: null },
      data: { endedAt: new Date() },
    });
    if (count === 0) return;
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { id: true, email: true },
    });
    await recordAudit(tx, {
      actor: user,
      action: "user.signed_out",
      entityType: "user",
      entityId: user.id,
      changes: { sessionId },
    });
  });
}
