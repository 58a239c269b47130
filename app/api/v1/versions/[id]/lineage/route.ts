import { getLineageJson } from "@/lib/server/lineage/get-lineage";
import { queryOf, withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

// The body is the JSON PostgreSQL built; passing it through skips a parse and a re-serialisation.
export const GET = withApi<{ id: string }>(
  async ({ req, params }) =>
    new Response(await getLineageJson(params.id, queryOf(req)), {
      headers: { "content-type": "application/json; charset=utf-8" },
    }),
  { permission: "registry.read" },
);
