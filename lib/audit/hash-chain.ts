import { createHash, randomUUID } from "node:crypto";
import { canonicalJson, type JsonValue } from "./canonical-json";

export const GENESIS_HASH = "0".repeat(64);

/**
 * Scheme 1 (events written before decision 011): the actor's e-mail and any personal values in
 * `changes` are part of what is hashed, so they can never be removed without breaking the event.
 */
export type LegacyChainedEvent = {
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

/**
 * Scheme 2: actors by id only; personal values are replaced in `changes` by a placeholder and kept in a
 * side record, covered here by `personalDigest` (a salted sha256 of them), so erasing the side record
 * leaves this content, and so the hash, intact.
 */
export type PersonalChainedEvent = {
  scheme: 2;
  id: string;
  seq: string;
  occurredAt: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: JsonValue;
  personalDigest: string | null;
};

/** Exactly the fields that are hashed; anything else stored beside an event is not covered. */
export type ChainedEvent = LegacyChainedEvent | PersonalChainedEvent;

/** hash = sha256(prevHash + canonical JSON of the event), hex: one rule for both schemes. */
export function hashEvent(prevHash: string, event: ChainedEvent): string {
  return createHash("sha256")
    .update(prevHash + canonicalJson(event as unknown as JsonValue))
    .digest("hex");
}

/**
 * The text hashed for an event, split where its `seq` goes: `prevHash + before + seq + after` is what
 * hashEvent hashes. The database appends events (it alone knows the chain's head and so the next seq
 * and prevHash), and finishes the hash from these two parts in the same statement.
 */
export function canonicalAroundSeq(event: Omit<PersonalChainedEvent, "seq">): {
  before: string;
  after: string;
} {
  const marker = newValueMarker();
  const [head, tail] = cutAtMarker(canonicalJson({ ...event, seq: marker } as unknown as JsonValue), marker);
  // the seq is a JSON string: its quotes stay in the text
  return { before: `${head}"`, after: `"${tail}` };
}

/** A string no event can contain, to stand in the canonical text for a value filled in later. */
export const newValueMarker = (): string => `marker-${randomUUID()}`;

/** Canonical text cut where a marker stands (spelled, quotes included, as JSON spells it), exactly once. */
export function cutAtMarker(text: string, marker: string): [string, string] {
  const parts = text.split(JSON.stringify(marker));
  if (parts.length !== 2) throw new Error("the canonical text must hold the marker exactly once");
  return [parts[0]!, parts[1]!];
}

/** sha256 of the canonical JSON alone: what a seal pins for a legacy event whose personal values were erased. */
export function contentDigest(event: ChainedEvent): string {
  return createHash("sha256")
    .update(canonicalJson(event as unknown as JsonValue))
    .digest("hex");
}

/**
 * `seal` is set for a legacy event whose personal values were erased: its hash can no longer be
 * recomputed, so its redacted content is checked against the digest the (hashed, later) erasure event
 * recorded for it instead, and its link is checked as for any event.
 */
export type StoredEvent = ChainedEvent & { prevHash: string; hash: string; seal?: string };

/** Whether the event's own content matches what was hashed (or sealed) for it. */
export function contentVerifies({ prevHash, hash, seal, ...rest }: StoredEvent): boolean {
  const content = rest as ChainedEvent;
  return seal !== undefined ? contentDigest(content) === seal : hashEvent(prevHash, content) === hash;
}

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
    if (event.prevHash !== prev || !contentVerifies(event)) return { brokenId: event.id, lastHash: prev };
    prev = event.hash;
  }
  return { brokenId: null, lastHash: prev };
}
