import "server-only";
import { can, requirePermission, type Principal } from "@/lib/auth/permissions";
import { conflict, notFound } from "@/lib/errors";
import { revokeTokenSchema } from "@/lib/schemas/tokens";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db, type Tx } from "@/lib/server/db";
import { toTokenView, tokenViewSelect, type ApiTokenView } from "@/lib/server/tokens/token-view";
import { parseInput } from "@/lib/validation";

/**
 * Revokes one of the caller's tokens (with `admin.tokens`, anyone's), and with it every token minted
 * from it over the API, however deep, so a leaked token's offspring die with it. A token the caller
 * may not see is a 404, not a 403, so ids cannot be probed; revoking twice is a 409.
 */
export async function revokeApiToken(principal: Principal, input: { id: string }): Promise<ApiTokenView> {
  requirePermission(principal, "tokens.own");
  const { id } = parseInput(revokeTokenSchema, input);
  const token = await db.apiToken.findUnique({ where: { id }, select: { userId: true, revokedAt: true } });
  if (!token || (token.userId !== principal.id && !can(principal, "admin.tokens")))
    throw notFound("The API token");
  if (token.revokedAt) throw conflict("This API token is already revoked");

  const revoked = await db.$transaction(async (tx) => {
    const revokedAt = new Date();
    // Conditional on "not yet revoked", so of two concurrent revocations exactly one wins and is audited.
    const { count } = await tx.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt } });
    if (count === 0) throw conflict("This API token is already revoked");
    const row = await tx.apiToken.findUniqueOrThrow({ where: { id }, select: tokenViewSelect });
    await recordAudit(tx, {
      actor: { id: principal.id, email: principal.email },
      action: "api_token.revoked",
      entityType: "api_token",
      entityId: id,
      changes: { name: row.name, prefix: row.prefix, userId: row.user.id, revokedAt },
    });
    await revokeMintedTokens(tx, id, revokedAt, principal);
    return row;
  });
  return toTokenView(revoked);
}

/** The live tokens minted from `parentId`, at any depth, revoked and audited one by one. */
async function revokeMintedTokens(tx: Tx, parentId: string, revokedAt: Date, principal: Principal) {
  const minted = await tx.$queryRaw<{ id: string; name: string; prefix: string; userId: string }[]>`
    WITH RECURSIVE minted (id) AS (
      SELECT id FROM "ApiToken" WHERE "parentTokenId" = ${parentId}
      UNION
      SELECT t.id FROM "ApiToken" t JOIN minted m ON t."parentTokenId" = m.id
    )
    UPDATE "ApiToken" t SET "revokedAt" = ${revokedAt}
    FROM minted m WHERE t.id = m.id AND t."revokedAt" IS NULL
    RETURNING t.id, t.name, t.prefix, t."userId"`;
  for (const token of minted.sort((a, b) => (a.id < b.id ? -1 : 1)))
    await recordAudit(tx, {
      actor: { id: principal.id, email: principal.email },
      action: "api_token.revoked",
      entityType: "api_token",
      entityId: token.id,
      changes: {
        name: token.name,
        prefix: token.prefix,
        userId: token.userId,
        revokedAt,
        revokedWith: parentId,
      },
    });
}
