import { page } from "@/lib/schemas/common";
import {
  alertActionSchema,
  alertResponseSchema,
  alertSchema,
  listAlertsApiQuerySchema,
} from "@/lib/schemas/alert-actions";
import { defineOperations } from "../define";

const alertId = { id: "The alert's id" };

export const alertOperations = defineOperations([
  {
    method: "get",
    path: "/alerts",
    summary:
      "List alerts, newest first: fairness and drift thresholds breached in production, promotions waiting too long, overdue erasure requests, failing webhooks",
    tag: "Alerts",
    permission: "dashboards.read",
    query: listAlertsApiQuerySchema,
    success: { status: 200, description: "Alerts", schema: page(alertSchema) },
  },
  {
    method: "post",
    path: "/alerts/{id}/acknowledge",
    summary: "Acknowledge an OPEN alert (someone is on it), with an optional comment",
    tag: "Alerts",
    permission: "alerts.manage",
    pathParams: alertId,
    body: alertActionSchema,
    success: { status: 200, description: "The alert, ACKNOWLEDGED", schema: alertResponseSchema },
    errors: [404, 409],
  },
  {
    method: "post",
    path: "/alerts/{id}/resolve",
    summary: "Resolve an OPEN or ACKNOWLEDGED alert, with a comment saying how",
    tag: "Alerts",
    permission: "alerts.manage",
    pathParams: alertId,
    body: alertActionSchema,
    success: { status: 200, description: "The alert, RESOLVED", schema: alertResponseSchema },
    errors: [404, 409],
  },
]);
