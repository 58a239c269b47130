import { getDatasetImpact } from "@/lib/server/datasets/get-dataset-impact";
import { queryOf, withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const GET = withApi<{ id: string }>(
  async ({ req, params }) => getDatasetImpact(params.id, queryOf(req)),
  { permission: "registry.read" },
);
