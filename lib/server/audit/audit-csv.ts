import "server-only";
import { canonicalJson, toJsonValue } from "@/lib/audit/canonical-json";
import { csvLine } from "@/lib/csv/csv-line";
import type { AuditEventRow } from "./audit-event-dto";

export const AUDIT_CSV_HEADER = [
  "seq",
  "occurred_at",
  "actor_id",
  "actor_email",
  "action",
  "entity_type",
  "entity_id",
  "changes",
  "id",
  "prev_hash",
  "hash",
];

/** `changes` as canonical JSON: the same bytes the hash covers, one spelling per value. */
export function auditCsvLine(row: AuditEventRow): string {
  return csvLine([
    row.seq.toString(),
    row.occurredAt.toISOString(),
    row.actorId,
    row.actorEmail,
    row.action,
    row.entityType,
    row.entityId,
    row.changes === null || row.changes === undefined ? null : canonicalJson(toJsonValue(row.changes)),
    row.id,
    row.prevHash,
    row.hash,
  ]);
}
