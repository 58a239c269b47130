import "server-only";
import type { TokenScope, TokenStatus } from "@/lib/schemas/tokens";

/** The columns a token may be shown with: the hash is never selected, so it can never leak into a response. */
export const tokenViewSelect = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdAt: true,
  user: { select: { id: true, email: true, name: true } },
  team: { select: { id: true, slug: true, name: true } },
} as const;

type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  user: { id: string; email: string; name: string };
  team: { id: string; slug: string; name: string } | null;
};

export type ApiTokenView = Omit<TokenRow, "scopes"> & { scopes: TokenScope[]; status: TokenStatus };

export function toTokenView(row: TokenRow, now = new Date()): ApiTokenView {
  const status: TokenStatus = row.revokedAt ? "revoked" : row.expiresAt <= now ? "expired" : "active";
  return { ...row, scopes: row.scopes as TokenScope[], status };
}
