import { withApi } from "@/lib/server/http/with-api";
import { getPromotionOrThrow } from "@/lib/server/promotions/get-promotion";

type Params = { id: string };

export const GET = withApi<Params>(
  async ({ principal, params }) => ({ request: await getPromotionOrThrow(principal, params.id) }),
  { permission: "registry.read" },
);
