import type { ListVersionsQuery } from "@/lib/schemas/versions";
import { queryOf, withApi } from "@/lib/server/http/with-api";
import { listVersions } from "@/lib/server/versions/list-versions";

export const GET = withApi(
  async ({ req, principal }) => listVersions(principal, queryOf(req) as ListVersionsQuery),
  {
    permission: "registry.read",
  },
);
