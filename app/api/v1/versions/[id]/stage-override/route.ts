import type { StageOverrideInput } from "@/lib/schemas/promotions";
import { readJson, withApi } from "@/lib/server/http/with-api";
import { overrideStage } from "@/lib/server/promotions/override-stage";

type Params = { id: string };

export const POST = withApi<Params>(
  async ({ req, principal, params }) => ({
    request: await overrideStage(principal, params.id, (await readJson(req)) as StageOverrideInput),
  }),
  { permission: "stages.override" },
);
