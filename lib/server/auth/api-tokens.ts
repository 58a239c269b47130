import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Principal, Role } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";
import { queryPrepared } from "@/lib/server/sql";

export const TOKEN_PREFIX = "mrt_";

/** 32 random bytes; only their SHA-256 is stored, so a leaked database does not leak usable tokens. */
export function generateTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export const hashTokenSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** A caller authenticated by a token: what the token itself allows, beside the user's roles. */
export type TokenPrincipal = Principal & {
  tokenId: string;
  scopes: string[];
  tokenExpiresAt: Date;
  /** the team the token creates for when a creation names none (lib/server/models/resolve-owning-team.ts) */
  tokenTeamId: string | null;
};

export const isTokenPrincipal = (principal: Principal): principal is TokenPrincipal =>
  "tokenId" in principal && typeof principal.tokenId === "string";

type TokenRow = {
  id: string;
  scopes: string[];
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  teamId: string | null;
  userId: string;
  email: string;
  name: string;
  roles: string[];
  disabled: boolean;
};

/** One indexed lookup by hash, joined to its user in the same statement: every API call starts here. */
export async function authenticateApiToken(secret: string): Promise<TokenPrincipal | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  const [row] = await queryPrepared<TokenRow>`
    SELECT t.id, t.scopes, t."expiresAt", t."revokedAt", t."lastUsedAt", t."teamId",
           u.id AS "userId", u.email, u.name, u.roles::text[] AS roles, u.disabled
    FROM "ApiToken" t JOIN "User" u ON u.id = t."userId"
    WHERE t."tokenHash" = ${hashTokenSecret(secret)}`;
  const now = new Date();
  if (!row || row.revokedAt || row.expiresAt <= now || row.disabled) return null;
  // Written at most once a minute per token, so a busy pipeline does not turn every read into a write.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now }, select: { id: true } });
  }
  return {
    id: row.userId,
    email: row.email,
    name: row.name,
    roles: row.roles as Role[],
    tokenId: row.id,
    scopes: row.scopes,
    tokenExpiresAt: row.expiresAt,
    tokenTeamId: row.teamId,
  };
}
