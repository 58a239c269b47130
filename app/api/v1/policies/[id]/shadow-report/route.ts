import { shadowReportQuerySchema } from "@/lib/schemas/policies";
import { readQuery, withApi } from "@/lib/server/http/with-api";
import { getShadowReport } from "@/lib/server/policies/get-shadow-report";

type Params = { id: string };

export const GET = withApi<Params>(
  async ({ req, principal, params }) => ({
    report: await getShadowReport(principal, params.id, readQuery(req, shadowReportQuerySchema)),
  }),
  { permission: "registry.read" },
);
