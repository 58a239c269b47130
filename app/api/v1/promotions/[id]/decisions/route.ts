import { promotionDecisionSchema } from "@/lib/schemas/promotions";
import { readBody, withApi } from "@/lib/server/http/with-api";
import { decidePromotion } from "@/lib/server/promotions/decide-promotion";

type Params = { id: string };

export const POST = withApi<Params>(
  async ({ req, principal, params }) => ({
    request: await decidePromotion(principal, params.id, await readBody(req, promotionDecisionSchema)),
  }),
  { permission: "approvals.decide" },
);
