import { updateModelSchema } from "@/lib/schemas/models";
import { readBody, withApi } from "@/lib/server/http/with-api";
import { getModelBySlugOrThrow } from "@/lib/server/models/get-model";
import { updateModel } from "@/lib/server/models/update-model";

type Params = { slug: string };

export const GET = withApi<Params>(
  async ({ principal, params }) => ({ model: await getModelBySlugOrThrow(principal, params.slug) }),
  {
    permission: "registry.read",
  },
);

export const PATCH = withApi<Params>(
  async ({ req, principal, params }) => ({
    model: await updateModel(principal, params.slug, await readBody(req, updateModelSchema)),
  }),
  { permission: "models.write" },
);
