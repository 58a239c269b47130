import type { CreateDatasetVersionInput } from "@/lib/schemas/datasets";
import { createDatasetVersion } from "@/lib/server/datasets/create-dataset-version";
import { readJson, withApi } from "@/lib/server/http/with-api";

export const POST = withApi<{ id: string }>(
  async ({ req, principal, params }) => ({
    datasetVersion: await createDatasetVersion(
      principal,
      params.id,
      (await readJson(req)) as CreateDatasetVersionInput,
    ),
  }),
  { permission: "datasets.write", status: 201 },
);
