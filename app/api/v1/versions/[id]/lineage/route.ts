import { getLineage } from "@/lib/server/lineage/get-lineage";
import { queryOf, withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const GET = withApi<{ id: string }>(async ({ req, params }) => getLineage(params.id, queryOf(req)), { permission: "registry.read" });
