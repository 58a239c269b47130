import { queryOf, withApi } from "@/lib/server/http/with-api";
import { getVersionMetrics } from "@/lib/server/metrics/get-version-metrics";

export const dynamic = "force-dynamic";

export const GET = withApi<{ id: string }>(
  ({ req, principal, params }) => getVersionMetrics(principal, params.id, queryOf(req)),
  { permission: "registry.read" },
);
