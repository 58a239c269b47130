import { z } from "zod";
import { idSchema, paginationSchema } from "@/lib/schemas/common";
import { nameText } from "@/lib/schemas/names";

export const TOKEN_SCOPES = ["read", "write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const DEFAULT_TOKEN_DAYS = 90;

export const createTokenSchema = z.object({
  name: nameText(100),
  expiresInDays: z
    .number("A whole number of days")
    .int("A whole number of days")
    .min(1, "At least 1 day")
    .max(365, "At most 365 days")
    .default(DEFAULT_TOKEN_DAYS),
  scopes: z
    .array(z.enum(TOKEN_SCOPES, "Either read or write"), "A list of scopes")
    .min(1, "Pick at least one scope")
    // Sorted and deduplicated, so ["write", "read", "read"] is stored as ["read", "write"].
    .transform((scopes) => TOKEN_SCOPES.filter((scope) => scopes.includes(scope)))
    .default([...TOKEN_SCOPES]),
  team: z
    .string("A team's slug or id")
    .trim()
    .min(1, "A team's slug or id")
    .max(100, "At most 100 characters")
    .optional()
    .describe(
      "The team that models and datasets created with this token belong to when the creation names none (one of yours): a pipeline's token for its team",
    ),
});
export type CreateTokenInput = z.input<typeof createTokenSchema>;

/** `?userId=` narrows an admin's list to one user; everyone else only ever sees their own tokens. */
export const listTokensQuerySchema = paginationSchema.extend({ userId: idSchema.optional() });
export type ListTokensQuery = z.input<typeof listTokensQuerySchema>;

export const revokeTokenSchema = z.object({ id: idSchema });

export const TOKEN_STATUSES = ["active", "expired", "revoked"] as const;
export type TokenStatus = (typeof TOKEN_STATUSES)[number];

const timestamp = z.iso.datetime();

/** A token as lists show it: never the secret, never its hash. */
export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe("The first characters of the secret, to tell tokens apart"),
  scopes: z.array(z.enum(TOKEN_SCOPES)),
  status: z.enum(TOKEN_STATUSES),
  expiresAt: timestamp,
  lastUsedAt: timestamp.nullable(),
  revokedAt: timestamp.nullable(),
  createdAt: timestamp,
  user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
  team: z
    .object({ id: z.string(), slug: z.string(), name: z.string() })
    .nullable()
    .describe("The team it creates for when a creation names none"),
});

export const createdTokenSchema = z.object({
  token: apiTokenSchema.extend({
    secret: z.string().describe("The token itself: shown in this response only, never again"),
  }),
});
