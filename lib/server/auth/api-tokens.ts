import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Principal, Role } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";

export const TOKEN_PREFIX = "mrt_";

/** 32 random bytes; only their SHA-256 is stored, so a leaked database does not leak usable tokens. */
export function generateTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export const hashTokenSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** A caller authenticated by a token: what the token itself allows, beside the user's roles. */
export type TokenPrincipal = Principal & { tokenId: string; scopes: string[]; tokenExpiresAt: Date };

export const isTokenPrincipal = (principal: Principal): principal is TokenPrincipal =>
  "tokenId" in principal && typeof principal.tokenId === "string";

/** One indexed lookup by hash: checking a token costs microseconds, unlike a password. */
export async function authenticateApiToken(secret: string): Promise<TokenPrincipal | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashTokenSecret(secret) },
    select: {
      id: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, roles: true, disabled: true } },
    },
  });
  const now = new Date();
  if (!token || token.revokedAt || token.expiresAt <= now || token.user.disabled) return null;
  // Written at most once a minute per token, so a busy pipeline does not turn every read into a write.
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now }, select: { id: true } });
  }
  const { user } = token;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles as Role[],
    tokenId: token.id,
    scopes: token.scopes,
    tokenExpiresAt: token.expiresAt,
  };
}
