import "server-only";
import { PERSONAL_DATA_ERASED } from "@/lib/audit/personal-data";
import { db, type Tx } from "@/lib/server/db";

/**
 * Event id -> the digest of its redacted content, for every scheme-1 event whose personal values an
 * erasure removed: those events can no longer reproduce their hash, so the (hashed) erasure event
 * pinned what is left of them. Erasures are rare; the action index finds them.
 */
export async function loadSeals(client: Tx | typeof db = db): Promise<Map<string, string>> {
  const rows = await client.auditEvent.findMany({
    where: { action: PERSONAL_DATA_ERASED },
    select: { changes: true },
  });
  const seals = new Map<string, string>();
  for (const row of rows) {
    const sealed = (row.changes as { sealed?: { eventId: string; digest: string }[] } | null)?.sealed ?? [];
    for (const seal of sealed) seals.set(seal.eventId, seal.digest);
  }
  return seals;
}
