import "server-only";
import { canonicalJson, toJsonValue } from "@/lib/audit/canonical-json";
import { csvLine } from "@/lib/csv/csv-line";
import { actorEmailOf, type AuditEventRow } from "./audit-event-dto";

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
  "scheme",
  "personal_digest",
  "personal_changes",
];

/**
 * `changes` as canonical JSON: the same bytes the hash covers, one spelling per value (for scheme 2, with
 * placeholders where personal values were; those values, while kept, are in `personal_changes`).
 */
export function auditCsvLine(row: AuditEventRow): string {
  return csvLine([
    row.seq.toString(),
    row.occurredAt.toISOString(),
    row.actorId,
    actorEmailOf(row),
    row.action,
    row.entityType,
    row.entityId,
    row.changes === null || row.changes === undefined ? null : canonicalJson(toJsonValue(row.changes)),
    row.id,
    row.prevHash,
    row.hash,
    String(row.scheme),
    row.personalDigest,
    row.personal?.changes ? canonicalJson(toJsonValue(row.personal.changes)) : null,
  ]);
}
