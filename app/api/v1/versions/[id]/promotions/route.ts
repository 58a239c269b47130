import { promotionRequestSchema } from "@/lib/schemas/promotions";
import { readBody, withApi } from "@/lib/server/http/with-api";
import { requestPromotion } from "@/lib/server/promotions/request-promotion";

type Params = { id: string };

// A blocked request is stored, then answered as 422 policy_blocked with its failing rules and its id.
export const POST = withApi<Params>(
  async ({ req, principal, params }) => ({
    request: await requestPromotion(principal, params.id, await readBody(req, promotionRequestSchema)),
  }),
  { permission: "versions.promote", status: 201 },
);
