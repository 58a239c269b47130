import type { CreateDatasetInput, ListDatasetsQuery } from "@/lib/schemas/datasets";
import { createDataset } from "@/lib/server/datasets/create-dataset";
import { listDatasets } from "@/lib/server/datasets/list-datasets";
import { queryOf, readJson, withApi } from "@/lib/server/http/with-api";

export const POST = withApi(
  async ({ req, principal }) => ({
    dataset: await createDataset(principal, (await readJson(req)) as CreateDatasetInput),
  }),
  { permission: "datasets.write", status: 201 },
);

export const GET = withApi(
  async ({ req, principal }) => listDatasets(principal, queryOf(req) as ListDatasetsQuery),
  {
    permission: "registry.read",
  },
);
