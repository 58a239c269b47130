import { readJson, withApi } from "@/lib/server/http/with-api";
import { withdrawPromotion } from "@/lib/server/promotions/withdraw-promotion";

type Params = { id: string };

export const POST = withApi<Params>(
  async ({ req, principal, params }) => ({
    request: await withdrawPromotion(
      principal,
      params.id,
      (await readJson(req)) as Parameters<typeof withdrawPromotion>[2],
    ),
  }),
  { permission: "versions.promote" },
);
