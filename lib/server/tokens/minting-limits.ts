import "server-only";
import { validationError } from "@/lib/errors";
import type { CreateTokenInput } from "@/lib/schemas/tokens";
import { TOKEN_SCOPES, type TokenScope } from "@/lib/schemas/tokens";
import type { TokenPrincipal } from "@/lib/server/auth/api-tokens";

const DAY_MS = 86_400_000;

/**
 * A token minting a token passes on no more than it has: the child expires no later than its parent
 * and has no scope its parent lacks. What the caller leaves out is narrowed to the parent's; what the
 * caller asks for beyond it is a 400 (a silent clamp would hand a pipeline a token that dies early
 * without saying so).
 */
export function limitsFromParent(
  parent: TokenPrincipal,
  input: CreateTokenInput,
  parsed: { expiresAt: Date; scopes: TokenScope[] },
  now: Date,
): { expiresAt: Date; scopes: TokenScope[] } {
  const fields: Record<string, string> = {};
  let { expiresAt, scopes } = parsed;
  if (expiresAt > parent.tokenExpiresAt) {
    if (input.expiresInDays === undefined) expiresAt = parent.tokenExpiresAt;
    else {
      const days = Math.floor((parent.tokenExpiresAt.getTime() - now.getTime()) / DAY_MS);
      fields.expiresInDays = `At most ${days} day${days === 1 ? "" : "s"}: the token making it expires on ${parent.tokenExpiresAt.toISOString().slice(0, 10)}`;
    }
  }
  const allowed = TOKEN_SCOPES.filter((scope) => parent.scopes.includes(scope));
  const wider = scopes.filter((scope) => !allowed.includes(scope));
  if (wider.length > 0) {
    if (input.scopes === undefined) scopes = allowed;
    else
      fields.scopes = `The token making it has only ${allowed.join(", ")}: it cannot grant ${wider.join(", ")}`;
  }
  if (Object.keys(fields).length > 0)
    throw validationError(
      fields,
      "A token cannot create a token that lives longer or may do more than itself",
    );
  return { expiresAt, scopes };
}
