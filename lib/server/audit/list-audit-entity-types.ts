import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { queryRows } from "@/lib/server/sql";

/**
 * The entity types present in the trail, for the filter's select. A recursive "loose index scan" jumps
 * from one type to the next on the (entityType, entityId, seq) index, so it reads one index entry per
 * type instead of every event, as SELECT DISTINCT would.
 */
export async function listAuditEntityTypes(principal: Principal): Promise<string[]> {
  requirePermission(principal, "audit.read");
  const rows = await queryRows<{ entityType: string }>`
    WITH RECURSIVE types AS (
      (SELECT "entityType" FROM "AuditEvent" ORDER BY "entityType" LIMIT 1)
      UNION ALL
      SELECT (SELECT e."entityType" FROM "AuditEvent" e WHERE e."entityType" > types."entityType" ORDER BY e."entityType" LIMIT 1)
      FROM types WHERE types."entityType" IS NOT NULL
    )
    SELECT "entityType" FROM types WHERE "entityType" IS NOT NULL`;
  return rows.map((row) => row.entityType);
}
