import { getErasureRequestOrThrow } from "@/lib/server/erasure/get-erasure-request";
import { withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const GET = withApi<{ id: string }>(
  async ({ principal, params }) => ({ erasureRequest: await getErasureRequestOrThrow(principal, params.id) }),
  { permission: "erasure.manage" },
);
