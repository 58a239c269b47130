import { createModelSchema, listModelsQuerySchema } from "@/lib/schemas/models";
import { readBody, readQuery, withApi } from "@/lib/server/http/with-api";
import { createModel } from "@/lib/server/models/create-model";
import { listModels } from "@/lib/server/models/list-models";

// Bodies and queries are checked here against the schemas their services parse them with.
export const POST = withApi(
  async ({ req, principal }) => ({
    model: await createModel(principal, await readBody(req, createModelSchema)),
  }),
  { permission: "models.write", status: 201 },
);

export const GET = withApi(
  async ({ req, principal }) => listModels(principal, readQuery(req, listModelsQuerySchema)),
  {
    permission: "registry.read",
  },
);
