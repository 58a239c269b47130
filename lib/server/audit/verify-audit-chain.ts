import "server-only";
import { toJsonValue } from "@/lib/audit/canonical-json";
import { findFirstBrokenEvent, GENESIS_HASH, type StoredEvent } from "@/lib/audit/hash-chain";
import { db } from "@/lib/server/db";
import type { AuditEvent } from "@/generated/prisma/client";

const BATCH = 2000;

export type ChainVerification = { ok: boolean; events: number; firstBrokenAt: string | null };

/**
 * Walks the chain in seq order, a batch at a time, so memory stays flat however long it grows.
 * `events` is the length of the whole chain.
 */
export async function verifyAuditChain(): Promise<ChainVerification> {
  let prevHash = GENESIS_HASH;
  let afterSeq: bigint | null = null;
  let events = 0;
  for (;;) {
    const rows: AuditEvent[] = await db.auditEvent.findMany({
      where: afterSeq === null ? {} : { seq: { gt: afterSeq } },
      orderBy: { seq: "asc" },
      take: BATCH,
    });
    if (rows.length === 0) break;
    const stored: StoredEvent[] = rows.map((row) => ({
      id: row.id,
      seq: row.seq.toString(),
      occurredAt: row.occurredAt.toISOString(),
      actorId: row.actorId,
      actorEmail: row.actorEmail,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      changes: toJsonValue(row.changes ?? null),
      prevHash: row.prevHash,
      hash: row.hash,
    }));
    const { brokenId, lastHash } = findFirstBrokenEvent(stored, prevHash);
    if (brokenId) return { ok: false, events: await db.auditEvent.count(), firstBrokenAt: brokenId };
    events += rows.length;
    prevHash = lastHash;
    afterSeq = rows[rows.length - 1]!.seq;
  }
  return { ok: true, events, firstBrokenAt: null };
}
