import { withApi } from "@/lib/server/http/with-api";
import { getPolicyOrThrow } from "@/lib/server/policies/get-policy";

type Params = { id: string };

export const GET = withApi<Params>(
  async ({ principal, params }) => ({ items: (await getPolicyOrThrow(principal, params.id)).versions }),
  { permission: "registry.read" },
);
