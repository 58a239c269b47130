"use server";

import { actionFailure } from "@/lib/action-result";
import { idSchema } from "@/lib/schemas/common";
import { createDatasetSchema, createDatasetVersionSchema } from "@/lib/schemas/datasets";
import { createDataset } from "@/lib/server/datasets/create-dataset";
import { createDatasetVersion } from "@/lib/server/datasets/create-dataset-version";
import { action } from "@/lib/server/http/action";

export const createDatasetAction = action(
  createDatasetSchema,
  { permission: "datasets.write", revalidate: ["/datasets"] },
  async (input, principal) => {
    const dataset = await createDataset(principal, input);
    return { id: dataset.id };
  },
);

/** Bound to one dataset by its page; the service checks the role, ownership and the governance facts. */
export async function createDatasetVersionAction(datasetId: string, input: unknown) {
  if (!idSchema.safeParse(datasetId).success) return actionFailure("not_found", "The dataset was not found");
  return action(
    createDatasetVersionSchema,
    { permission: "datasets.write", revalidate: [`/datasets/${datasetId}`, "/datasets"] },
    async (data, principal) => {
      const created = await createDatasetVersion(principal, datasetId, data);
      return { version: created.version };
    },
  )(input);
}
