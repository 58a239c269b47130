import { registerVersionSchema } from "@/lib/schemas/versions";
import { readBody, withApi } from "@/lib/server/http/with-api";
import { registerVersion } from "@/lib/server/versions/register-version";

export const POST = withApi<{ slug: string }>(
  async ({ req, principal, params }) => ({
    version: await registerVersion(principal, params.slug, await readBody(req, registerVersionSchema)),
  }),
  { permission: "versions.write", status: 201 },
);
