import type { CreateModelInput, ListModelsQuery } from "@/lib/schemas/models";
import { queryOf, readJson, withApi } from "@/lib/server/http/with-api";
import { createModel } from "@/lib/server/models/create-model";
import { listModels } from "@/lib/server/models/list-models";

// Bodies and queries are unknown here; the services parse them with their zod schemas.
export const POST = withApi(
  async ({ req, principal }) => ({
    model: await createModel(principal, (await readJson(req)) as CreateModelInput),
  }),
  { permission: "models.write", status: 201 },
);

export const GET = withApi(
  async ({ req, principal }) => listModels(principal, queryOf(req) as ListModelsQuery),
  {
    permission: "registry.read",
  },
);
