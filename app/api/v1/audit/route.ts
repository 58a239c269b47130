import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { queryOf, withApi } from "@/lib/server/http/with-api";

export const GET = withApi(async ({ req, principal }) => listAuditEvents(principal, queryOf(req)), {
  permission: "audit.read",
});
