import { createErasureRequestSchema } from "@/lib/schemas/erasure";
import { createErasureRequest } from "@/lib/server/erasure/open-erasure-request";
import { listErasureRequests } from "@/lib/server/erasure/list-erasure-requests";
import { queryOf, readBody, withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ req, principal }) => listErasureRequests(principal, queryOf(req)), {
  permission: "erasure.manage",
});

export const POST = withApi(
  async ({ req, principal }) => ({
    erasureRequest: await createErasureRequest(principal, await readBody(req, createErasureRequestSchema)),
  }),
  { permission: "erasure.manage", status: 201 },
);
