import { stageOverrideSchema } from "@/lib/schemas/promotions";
import { readBody, withApi } from "@/lib/server/http/with-api";
import { overrideStage } from "@/lib/server/promotions/override-stage";

type Params = { id: string };

export const POST = withApi<Params>(
  async ({ req, principal, params }) => ({
    request: await overrideStage(principal, params.id, await readBody(req, stageOverrideSchema)),
  }),
  { permission: "stages.override" },
);
