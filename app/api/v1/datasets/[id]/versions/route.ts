import { createDatasetVersionSchema } from "@/lib/schemas/datasets";
import { createDatasetVersion } from "@/lib/server/datasets/create-dataset-version";
import { readBody, withApi } from "@/lib/server/http/with-api";

export const POST = withApi<{ id: string }>(
  async ({ req, principal, params }) => ({
    datasetVersion: await createDatasetVersion(
      principal,
      params.id,
      await readBody(req, createDatasetVersionSchema),
    ),
  }),
  { permission: "datasets.write", status: 201 },
);
