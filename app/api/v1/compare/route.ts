import { withApi } from "@/lib/server/http/with-api";
import { compareVersions } from "@/lib/server/metrics/compare-versions";

// `v` repeats (`?v=a&v=b`), so it is read with getAll rather than as a single value.
export const GET = withApi(
  async ({ req, principal }) => compareVersions(principal, { v: req.nextUrl.searchParams.getAll("v") }),
  { permission: "registry.read" },
);
