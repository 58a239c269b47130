import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { AppError, validationError } from "@/lib/errors";
import { createTokenSchema, type CreateTokenInput } from "@/lib/schemas/tokens";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { generateTokenSecret, hashTokenSecret, isTokenPrincipal } from "@/lib/server/auth/api-tokens";
import { db } from "@/lib/server/db";
import { resolveNamedTeam } from "@/lib/server/models/resolve-owning-team";
import { toTokenView, tokenViewSelect, type ApiTokenView } from "@/lib/server/tokens/token-view";
import { parseInput } from "@/lib/validation";
import { limitsFromParent } from "./minting-limits";

const DAY_MS = 86_400_000;
// "mrt_" and six random characters: enough to tell a user's tokens apart, far too little to guess the rest.
const DISPLAY_PREFIX_LENGTH = 10;

export type CreatedApiToken = ApiTokenView & { secret: string };

/**
 * A token for the caller, carrying the caller's own permissions. The secret is returned here and only
 * here: the database keeps its SHA-256 and a short display prefix. A token made with a token records
 * its parent and stays within the parent's life and scopes (`minting-limits.ts`). A token may name a
 * team: what it creates without naming one goes there (`resolve-owning-team.ts`).
 */
export async function createApiToken(
  principal: Principal,
  input: CreateTokenInput,
): Promise<CreatedApiToken> {
  requirePermission(principal, "tokens.own");
  const parsed = parseInput(createTokenSchema, input);
  const now = new Date();
  const parent = isTokenPrincipal(principal) ? principal : null;
  const requested = {
    expiresAt: new Date(now.getTime() + parsed.expiresInDays * DAY_MS),
    scopes: parsed.scopes,
  };
  const { expiresAt, scopes } = parent ? limitsFromParent(parent, input, requested, now) : requested;
  const { name } = parsed;
  // Checked as a creation naming that team is (one of the caller's, or any for an admin); a token
  // minted by a token keeps its parent's team unless it names one.
  const teamId = parsed.team
    ? (
        await resolveNamedTeam(principal, parsed.team).catch((error: unknown) => {
          // The team check speaks of `teamId`; this body calls the field `team`.
          if (error instanceof AppError && error.fields?.teamId)
            throw validationError({ team: error.fields.teamId });
          throw error;
        })
      ).id
    : (parent?.tokenTeamId ?? null);
  const secret = generateTokenSecret();

  const token = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: {
        userId: principal.id,
        name,
        scopes,
        expiresAt,
        tokenHash: hashTokenSecret(secret),
        prefix: secret.slice(0, DISPLAY_PREFIX_LENGTH),
        parentTokenId: parent?.tokenId ?? null,
        teamId,
      },
      select: tokenViewSelect,
    });
    // Neither the secret nor its hash goes into the audit trail, which many people may read.
    await recordAudit(tx, {
      actor: { id: principal.id, email: principal.email },
      action: "api_token.created",
      entityType: "api_token",
      entityId: created.id,
      changes: {
        name,
        scopes,
        expiresAt,
        prefix: created.prefix,
        userId: principal.id,
        ...(teamId ? { teamId } : {}),
        ...(parent ? { parentTokenId: parent.tokenId } : {}),
      },
    });
    return created;
  });
  return { ...toTokenView(token), secret };
}
