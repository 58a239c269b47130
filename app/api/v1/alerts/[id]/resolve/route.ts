import { alertActionSchema } from "@/lib/schemas/alert-actions";
import { changeAlertStatus } from "@/lib/server/alerts/change-alert-status";
import { readBody, withApi } from "@/lib/server/http/with-api";

export const POST = withApi<{ id: string }>(
  async ({ req, principal, params }) => ({
    alert: await changeAlertStatus(principal, params.id, "resolve", await readBody(req, alertActionSchema)),
  }),
  { permission: "alerts.manage" },
);
