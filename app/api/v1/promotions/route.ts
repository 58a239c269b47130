import { listPromotionRequests } from "@/lib/server/promotions/list-promotion-requests";
import { queryOf, withApi } from "@/lib/server/http/with-api";

export const GET = withApi(async ({ req, principal }) => listPromotionRequests(principal, queryOf(req)), {
  permission: "registry.read",
});
