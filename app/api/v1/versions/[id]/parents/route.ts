import { addLineageEdge } from "@/lib/server/lineage/add-lineage-edge";
import { readJson, withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const POST = withApi<{ id: string }>(
  async ({ req, principal, params }) => addLineageEdge(principal, params.id, await readJson(req)),
  { permission: "versions.write", status: 201 },
);
