import "server-only";
import { GENESIS_HASH } from "@/lib/audit/hash-chain";
import { db } from "@/lib/server/db";
import { AUDIT_EVENT_SELECT, eventContentVerifies, type AuditEventRow } from "./audit-event-dto";
import { loadSeals } from "./load-seals";

const BATCH = 2000;

export type ChainVerification = { ok: boolean; events: number; firstBrokenAt: string | null };

/**
 * Walks the chain in seq order, a batch at a time, so memory stays flat however long it grows.
 * Each event must link to the one before and match its own hash (or, for a legacy event whose personal
 * values were erased, its seal), and personal values still held must match the digest the chain covers.
 * `events` is the length of the whole chain.
 */
export async function verifyAuditChain(): Promise<ChainVerification> {
  const seals = await loadSeals();
  let prevHash = GENESIS_HASH;
  let afterSeq: bigint | null = null;
  let events = 0;
  for (;;) {
    const rows: AuditEventRow[] = await db.auditEvent.findMany({
      where: afterSeq === null ? {} : { seq: { gt: afterSeq } },
      orderBy: { seq: "asc" },
      take: BATCH,
      select: AUDIT_EVENT_SELECT,
    });
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.prevHash !== prevHash || !eventContentVerifies(row, seals.get(row.id)))
        return { ok: false, events: await db.auditEvent.count(), firstBrokenAt: row.id };
      prevHash = row.hash;
    }
    events += rows.length;
    afterSeq = rows[rows.length - 1]!.seq;
  }
  return { ok: true, events, firstBrokenAt: null };
}
