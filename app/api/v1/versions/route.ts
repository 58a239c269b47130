import { listVersionsQuerySchema } from "@/lib/schemas/versions";
import { readQuery, withApi } from "@/lib/server/http/with-api";
import { listVersions } from "@/lib/server/versions/list-versions";

export const GET = withApi(
  async ({ req, principal }) => listVersions(principal, readQuery(req, listVersionsQuerySchema)),
  {
    permission: "registry.read",
  },
);
