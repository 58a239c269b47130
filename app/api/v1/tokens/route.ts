import { createTokenSchema } from "@/lib/schemas/tokens";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { listApiTokens } from "@/lib/server/tokens/list-api-tokens";
import { queryOf, readBody, withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ req, principal }) => listApiTokens(principal, queryOf(req)), {
  permission: "tokens.own",
});

export const POST = withApi(
  async ({ req, principal }) => ({
    token: await createApiToken(principal, await readBody(req, createTokenSchema)),
  }),
  { permission: "tokens.own", status: 201 },
);
