import "server-only";
import { canonicalJson, toJsonValue } from "@/lib/audit/canonical-json";
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

/**
 * One RFC 4180 line (CRLF). A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR first)
 * gets a leading apostrophe, as OWASP advises for CSV exports: auditors open these files in Excel.
 */
export function csvLine(cells: (string | null)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

function csvCell(value: string | null): string {
  if (value === null) return "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

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
