import { listAlertsApiQuerySchema } from "@/lib/schemas/alert-actions";
import { listAlertsPage } from "@/lib/server/alerts/list-alerts-page";
import { readQuery, withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const GET = withApi(
  async ({ req, principal }) => listAlertsPage(principal, readQuery(req, listAlertsApiQuerySchema)),
  { permission: "dashboards.read" },
);
