"use server";

import { revokeTokenSchema } from "@/lib/schemas/tokens";
import { action } from "@/lib/server/http/action";
import { revokeApiToken } from "@/lib/server/tokens/revoke-api-token";

export const revokeAnyTokenAction = action(
  revokeTokenSchema,
  { permission: "admin.tokens", revalidate: ["/admin/tokens", "/account/tokens"] },
  async (input, principal) => {
    await revokeApiToken(principal, input);
  },
);
