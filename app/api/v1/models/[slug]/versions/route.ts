import type { RegisterVersionInput } from "@/lib/schemas/versions";
import { readJson, withApi } from "@/lib/server/http/with-api";
import { registerVersion } from "@/lib/server/versions/register-version";

export const POST = withApi<{ slug: string }>(
  async ({ req, principal, params }) => ({
    version: await registerVersion(principal, params.slug, (await readJson(req)) as RegisterVersionInput),
  }),
  { permission: "versions.write", status: 201 },
);
