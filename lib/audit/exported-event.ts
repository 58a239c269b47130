/**
 * An audit event as an evidence package carries it, so that anyone can re-check it alone, without the
 * rest of the chain: `hash = sha256(prevHash + JCS(event))`; `event` is exactly what was hashed.
 * Events of one version are not contiguous in the chain, so each is checked on its own, and two that
 * are neighbours in the chain (seq n and n + 1) must also link.
 */
import type { JsonValue } from "./canonical-json";
import { contentDigest, hashEvent, type ChainedEvent } from "./hash-chain";
import { personalDigest } from "./personal-data";

export type ExportedAuditEvent = {
  event: ChainedEvent;
  prevHash: string;
  hash: string;
  /** a legacy event whose personal values were erased: the digest of `event` its erasure recorded */
  seal?: string;
  /** the personal values the digest in `event` covers, while they are kept (not hashed themselves) */
  personal?: { actorEmail: string | null; changes: Record<string, JsonValue> | null; salt: string | null };
};

/** Why the event does not verify, or null when it does. */
export function exportedEventProblem(entry: ExportedAuditEvent): string | null {
  const { event } = entry;
  if (entry.seal !== undefined) {
    if (contentDigest(event) !== entry.seal)
      return "its content does not match the seal its erasure recorded";
  } else if (hashEvent(entry.prevHash, event) !== entry.hash) return "its hash does not match its content";
  if ("scheme" in event && entry.personal) {
    const { salt, actorEmail, changes } = entry.personal;
    if (salt === null || event.personalDigest !== personalDigest(salt, { actorEmail, changes }))
      return "its personal values do not match the digest its hash covers";
  }
  return null;
}

/** Problems of a list of exported events in seq order: each on its own, and links between neighbours. */
export function exportedEventsProblems(entries: ExportedAuditEvent[]): string[] {
  const problems: string[] = [];
  entries.forEach((entry, index) => {
    const problem = exportedEventProblem(entry);
    if (problem) problems.push(`event ${entry.event.id} (seq ${entry.event.seq}): ${problem}`);
    const before = entries[index - 1];
    if (
      before &&
      BigInt(before.event.seq) + BigInt(1) === BigInt(entry.event.seq) &&
      entry.prevHash !== before.hash
    )
      problems.push(
        `event ${entry.event.id} (seq ${entry.event.seq}): does not link to seq ${before.event.seq}`,
      );
  });
  return problems;
}
