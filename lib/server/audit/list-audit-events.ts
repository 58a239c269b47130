import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { auditListQuerySchema, encodeAuditCursor, type AuditEventPage } from "@/lib/schemas/audit";
import { db } from "@/lib/server/db";
import { parseInput } from "@/lib/validation";
import { AUDIT_EVENT_SELECT } from "./audit-event-dto";
import { nameAuditEvents } from "./name-audit-events";
import { auditWhere } from "./audit-event-filters";

/**
 * Newest first, keyset-paginated on seq: the chain is append-only and seq is unique, so pages never
 * repeat or skip an event, even while new ones are written.
 */
export async function listAuditEvents(principal: Principal, raw: unknown): Promise<AuditEventPage> {
  requirePermission(principal, "audit.read");
  const query = parseInput(auditListQuerySchema, raw);
  const where = await auditWhere(query);
  const rows = await db.auditEvent.findMany({
    where: query.cursor === undefined ? where : { AND: [where, { seq: { lt: query.cursor } }] },
    orderBy: { seq: "desc" },
    take: query.limit + 1,
    select: AUDIT_EVENT_SELECT,
  });
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return {
    items: await nameAuditEvents(items),
    nextCursor: rows.length > query.limit && last ? encodeAuditCursor(last.seq) : null,
  };
}
