import { updateVersionMetadataSchema } from "@/lib/schemas/versions";
import { readBody, withApi } from "@/lib/server/http/with-api";
import { getVersionOrThrow } from "@/lib/server/versions/get-version";
import { updateVersionMetadata } from "@/lib/server/versions/update-version-metadata";

type Params = { id: string };

export const GET = withApi<Params>(
  async ({ principal, params }) => ({ version: await getVersionOrThrow(principal, params.id) }),
  {
    permission: "registry.read",
  },
);

export const PATCH = withApi<Params>(
  async ({ req, principal, params }) => ({
    version: await updateVersionMetadata(
      principal,
      params.id,
      await readBody(req, updateVersionMetadataSchema),
    ),
  }),
  { permission: "versions.write" },
);
