import "server-only";
import { entityEventsQuerySchema, type AuditEventDto } from "@/lib/schemas/audit";
import { db } from "@/lib/server/db";
import { parseInput } from "@/lib/validation";
import { AUDIT_EVENT_SELECT } from "./audit-event-dto";
import { nameAuditEvents } from "./name-audit-events";

export type EntityChangeLog = { items: AuditEventDto[]; hasMore: boolean };

/**
 * One entity's change log, newest first (served by the (entityType, entityId, seq) index).
 * It does not check audit.read: it is shown beside the entity itself, so the caller must already have
 * authorised reading that entity (e.g. the version page's registry.read and ownership rules).
 */
export async function listEntityEvents(
  entityType: string,
  entityId: string,
  options: { limit?: number } = {},
): Promise<EntityChangeLog> {
  const query = parseInput(entityEventsQuerySchema, { entityType, entityId, limit: options.limit });
  const rows = await db.auditEvent.findMany({
    where: { entityType: query.entityType, entityId: query.entityId },
    orderBy: { seq: "desc" },
    take: query.limit + 1,
    select: AUDIT_EVENT_SELECT,
  });
  return { items: await nameAuditEvents(rows.slice(0, query.limit)), hasMore: rows.length > query.limit };
}
