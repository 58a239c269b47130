import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { auditFiltersSchema } from "@/lib/schemas/audit";
import { db } from "@/lib/server/db";
import { parseInput } from "@/lib/validation";
import { csvLine } from "@/lib/csv/csv-line";
import { AUDIT_CSV_HEADER, auditCsvLine } from "./audit-csv";
import { AUDIT_EVENT_SELECT } from "./audit-event-dto";
import { auditWhere } from "./audit-event-filters";

const BATCH = 1000;

/**
 * The filtered events as CSV, newest first, read a batch at a time as the client consumes the stream
 * (pull), so memory stays flat however many events match. Input is checked before the first byte,
 * so a bad filter is still a 400.
 */
export async function exportAuditEventsCsv(
  principal: Principal,
  raw: unknown,
): Promise<ReadableStream<Uint8Array>> {
  requirePermission(principal, "audit.read");
  const where = await auditWhere(parseInput(auditFiltersSchema, raw));
  const encoder = new TextEncoder();
  let beforeSeq: bigint | null = null;
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(csvLine(AUDIT_CSV_HEADER)));
        return;
      }
      try {
        const rows = await db.auditEvent.findMany({
          where: beforeSeq === null ? where : { AND: [where, { seq: { lt: beforeSeq } }] },
          orderBy: { seq: "desc" },
          take: BATCH,
          select: AUDIT_EVENT_SELECT,
        });
        if (rows.length > 0) {
          controller.enqueue(encoder.encode(rows.map(auditCsvLine).join("")));
          beforeSeq = rows[rows.length - 1]!.seq;
        }
        if (rows.length < BATCH) controller.close();
      } catch (error) {
        console.error("[audit] CSV export failed part-way", error);
        controller.error(error);
      }
    },
  });
}
