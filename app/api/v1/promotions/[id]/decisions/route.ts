import type { PromotionDecisionInput } from "@/lib/schemas/promotions";
import { readJson, withApi } from "@/lib/server/http/with-api";
import { decidePromotion } from "@/lib/server/promotions/decide-promotion";

type Params = { id: string };

export const POST = withApi<Params>(
  async ({ req, principal, params }) => ({
    request: await decidePromotion(principal, params.id, (await readJson(req)) as PromotionDecisionInput),
  }),
  { permission: "approvals.decide" },
);
