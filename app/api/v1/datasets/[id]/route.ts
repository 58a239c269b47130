import { getDatasetOrThrow } from "@/lib/server/datasets/get-dataset";
import { withApi } from "@/lib/server/http/with-api";

export const GET = withApi<{ id: string }>(
  async ({ principal, params }) => ({ dataset: await getDatasetOrThrow(principal, params.id) }),
  {
    permission: "registry.read",
  },
);
