/**
 * The seed writes its story area by area (datasets, then models, then their artifacts...), each event
 * dated when the story says it happened, so the chain's order (seq) is not the story's. Before the
 * seed's one transaction commits, and so before anyone can have read or verified the chain, this
 * re-links the events in the order they happened: seq follows occurredAt, and every hash is computed
 * again with the chain's own rule, so `verify` holds. Only for a chain no one has seen: rewriting a
 * published chain is exactly the tampering the hashes exist to reveal.
 */
import { GENESIS_HASH, hashEvent, type ChainedEvent } from "@/lib/audit/hash-chain";
import { AUDIT_EVENT_SELECT, toStoredEvent } from "@/lib/server/audit/audit-event-dto";
import type { Tx } from "@/lib/server/db";

export async function chainInStoryOrder(tx: Tx) {
  const rows = await tx.auditEvent.findMany({
    // the write order breaks ties, so a request still comes before its decision at the same instant
    orderBy: [{ occurredAt: "asc" }, { seq: "asc" }],
    select: AUDIT_EVENT_SELECT,
  });
  const ids: string[] = [];
  const seqs: bigint[] = [];
  const prevHashes: string[] = [];
  const hashes: string[] = [];
  let prevHash = GENESIS_HASH;
  rows.forEach((row, index) => {
    const seq = BigInt(index + 1);
    const { prevHash: _written, hash: _hash, ...content } = toStoredEvent(row);
    const hash = hashEvent(prevHash, { ...content, seq: seq.toString() } as ChainedEvent);
    ids.push(row.id);
    seqs.push(seq);
    prevHashes.push(prevHash);
    hashes.push(hash);
    prevHash = hash;
  });
  // seq and hash are unique and checked row by row: move every row out of the way first.
  await tx.$executeRaw`UPDATE "AuditEvent" SET seq = -seq, hash = 'moving:' || hash`;
  await tx.$executeRaw`
    UPDATE "AuditEvent" AS e SET seq = v.seq, "prevHash" = v.prev_hash, hash = v.hash
    FROM unnest(${ids}::text[], ${seqs}::bigint[], ${prevHashes}::text[], ${hashes}::text[])
      AS v(id, seq, prev_hash, hash)
    WHERE e.id = v.id`;
}
