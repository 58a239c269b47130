import "server-only";
import { z } from "zod";
import { throttledRefusal } from "@/lib/auth/sign-in-refusal";
import { recordAudit, SYSTEM_ACTOR } from "@/lib/server/audit/record-audit";
import { verifyPassword } from "@/lib/server/auth/passwords";
import {
  checkSignInAllowed,
  clearSignInFailures,
  recordSignInFailure,
} from "@/lib/server/auth/sign-in-throttle";
import { db } from "@/lib/server/db";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(1024),
});

type Headers = Record<string, string | string[] | undefined> | undefined;

/**
 * The caller's address: the last `X-Forwarded-For` entry, which the front server `npm start` runs
 * (scripts/lib/api-server.ts) appends from the socket, so a client cannot choose it. Behind a reverse
 * proxy (`TRUST_PROXY=true`) that last entry is the proxy itself, and the one before it is what the
 * proxy saw. Null when there is none.
 */
export function clientAddress(
  headers: Headers,
  trustProxy = process.env.TRUST_PROXY === "true",
): string | null {
  const raw = headers?.["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const address = trustProxy && entries.length > 1 ? entries.at(-2) : entries.at(-1);
  return address ? address.slice(0, 100) : null;
}

/** `user.sign_in_failed`, never with the password: who was tried, from where, and why it failed. */
async function auditFailure(
  user: { id: string } | null,
  email: string,
  address: string | null,
  reason: "unknown_account" | "disabled" | "wrong_password" | "throttled",
) {
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor: SYSTEM_ACTOR,
      action: "user.sign_in_failed",
      entityType: "user",
      entityId: user?.id ?? "unknown",
      changes: { email, address, reason },
    }),
  );
}

/**
 * Checks an email and password for next-auth's Credentials provider. Failures are counted per account
 * and per address (`sign-in-throttle.ts`) and audited; past the limit the account is refused without
 * looking at the password, until the window passes. Unknown accounts count too, so probing which
 * e-mails exist costs the same as guessing passwords.
 */
export async function signInWithPassword(raw: unknown, headers: Headers) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const address = clientAddress(headers);
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabled: true },
  });

  const verdict = await checkSignInAllowed(email, address);
  if (!verdict.allowed) {
    await auditFailure(user, email, address, "throttled");
    throw new Error(throttledRefusal(verdict.retryAfterSeconds));
  }
  const failure = !user?.passwordHash
    ? "unknown_account"
    : user.disabled
      ? "disabled"
      : (await verifyPassword(user.passwordHash, password))
        ? null
        : "wrong_password";
  if (failure || !user) {
    await recordSignInFailure(email, address);
    await auditFailure(user, email, address, failure ?? "unknown_account");
    return null;
  }
  await clearSignInFailures(email);
  return { id: user.id, email: user.email, name: user.name };
}
