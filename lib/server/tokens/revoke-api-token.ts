import "server-only";
import { can, requirePermission, type Principal } from "@/lib/auth/permissions";
import { conflict, notFound } from "@/lib/errors";
import { revokeTokenSchema } from "@/lib/schemas/tokens";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db";
import { toTokenView, tokenViewSelect, type ApiTokenView } from "@/lib/server/tokens/token-view";
import { parseInput } from "@/lib/validation";

/**
 * Revokes one of the caller's tokens (with `admin.tokens`, anyone's). A token the caller may not see is
 * a 404, not a 403, so ids cannot be probed; revoking twice is a 409.
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
    return row;
  });
  return toTokenView(revoked);
}
