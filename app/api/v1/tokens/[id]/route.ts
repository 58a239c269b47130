import { revokeApiToken } from "@/lib/server/tokens/revoke-api-token";
import { withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const DELETE = withApi<{ id: string }>(
  async ({ principal, params }) => {
    await revokeApiToken(principal, { id: params.id });
  },
  { permission: "tokens.own" },
);
