"use server";

import { createTokenSchema, revokeTokenSchema } from "@/lib/schemas/tokens";
import type { Permission } from "@/lib/auth/permissions";
import { action } from "@/lib/server/http/action";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/tokens/revoke-api-token";

const options: { permission: Permission; revalidate: string[] } = {
  permission: "tokens.own",
  revalidate: ["/account/tokens", "/admin/tokens"],
};

// The secret goes back to the browser this once, to be shown; nothing stores it.
export const createTokenAction = action(createTokenSchema, options, async (input, principal) => {
  const token = await createApiToken(principal, input);
  return { name: token.name, secret: token.secret };
});

export const revokeOwnTokenAction = action(revokeTokenSchema, options, async (input, principal) => {
  await revokeApiToken(principal, input);
});
