import { readQuery, withApi } from "@/lib/server/http/with-api";
import { promotionCheckQuerySchema } from "@/lib/schemas/promotions";
import { checkPromotion } from "@/lib/server/promotions/check-promotion";

type Params = { id: string };

// A dry run of a promotion request: what the policies in force would say now; nothing is stored.
export const GET = withApi<Params>(
  async ({ req, principal, params }) => ({
    check: await checkPromotion(principal, params.id, readQuery(req, promotionCheckQuerySchema)),
  }),
  { permission: "registry.read" },
);
