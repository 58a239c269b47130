import { exportAuditEventsCsv } from "@/lib/server/audit/export-audit-events";
import { queryOf, withApi } from "@/lib/server/http/with-api";

export const GET = withApi(
  async ({ req, principal }) => {
    const csv = await exportAuditEventsCsv(principal, queryOf(req));
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="audit-events-${stamp}.csv"`,
        "cache-control": "no-store",
      },
    });
  },
  { permission: "audit.read" },
);
