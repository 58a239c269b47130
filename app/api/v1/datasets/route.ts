import { createDatasetSchema, listDatasetsQuerySchema } from "@/lib/schemas/datasets";
import { createDataset } from "@/lib/server/datasets/create-dataset";
import { listDatasets } from "@/lib/server/datasets/list-datasets";
import { readBody, readQuery, withApi } from "@/lib/server/http/with-api";

export const POST = withApi(
  async ({ req, principal }) => ({
    dataset: await createDataset(principal, await readBody(req, createDatasetSchema)),
  }),
  { permission: "datasets.write", status: 201 },
);

export const GET = withApi(
  async ({ req, principal }) => listDatasets(principal, readQuery(req, listDatasetsQuerySchema)),
  {
    permission: "registry.read",
  },
);
