import { createHash } from "node:crypto";
import { canonicalJson, type JsonValue } from "./canonical-json";

export const GENESIS_HASH = "0".repeat(64);

/** Exactly the fields that are hashed; anything else stored beside an event is not covered. */
export type ChainedEvent = {
  id: string;
  seq: string;
  occurredAt: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: JsonValue;
};

/** hash = sha256(prevHash + canonical JSON of the event), hex. */
export function hashEvent(prevHash: string, event: ChainedEvent): string {
  return createHash("sha256")
    .update(prevHash + canonicalJson(event as unknown as JsonValue))
    .digest("hex");
}

export type StoredEvent = ChainedEvent & { prevHash: string; hash: string };

/**
 * Checks links and hashes in chain order. Returns the id of the first event that does not verify:
 * its prevHash is not the previous event's hash, or its own hash does not match its content.
 */
export function findFirstBrokenEvent(
  events: Iterable<StoredEvent>,
  expectedPrevHash = GENESIS_HASH,
): {
  brokenId: string | null;
  lastHash: string;
} {
  let prev = expectedPrevHash;
  for (const event of events) {
    const { prevHash, hash, ...content } = event;
    if (prevHash !== prev || hashEvent(prevHash, content) !== hash)
      return { brokenId: event.id, lastHash: prev };
    prev = hash;
  }
  return { brokenId: null, lastHash: prev };
}
