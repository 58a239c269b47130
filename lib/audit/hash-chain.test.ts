import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  canonicalAroundSeq,
  contentDigest,
  findFirstBrokenEvent,
  GENESIS_HASH,
  hashEvent,
  type ChainedEvent,
  type StoredEvent,
} from "./hash-chain";

const event = (n: number, changes: ChainedEvent["changes"] = null): ChainedEvent => ({
  id: `e${n}`,
  seq: String(n),
  occurredAt: `2026-11-23T10:00:0${n}.000Z`,
  actorId: "u1",
  actorEmail: "a@b.c",
  action: "model.created",
  entityType: "model",
  entityId: `m${n}`,
  changes,
});

function chain(events: ChainedEvent[]): StoredEvent[] {
  let prevHash = GENESIS_HASH;
  return events.map((content) => {
    const hash = hashEvent(prevHash, content);
    const stored = { ...content, prevHash, hash };
    prevHash = hash;
    return stored;
  });
}

describe("audit hash chain", () => {
  it("hashes sha256(prevHash + canonical JSON), worked out independently", () => {
    const content = event(1, { slug: "x" });
    const canonical =
      '{"action":"model.created","actorEmail":"a@b.c","actorId":"u1","changes":{"slug":"x"},"entityId":"m1","entityType":"model","id":"e1","occurredAt":"2026-11-23T10:00:01.000Z","seq":"1"}';
    const expected = createHash("sha256")
      .update(GENESIS_HASH + canonical)
      .digest("hex");
    expect(hashEvent(GENESIS_HASH, content)).toBe(expected);
  });

  it("verifies an intact chain", () => {
    expect(findFirstBrokenEvent(chain([event(1), event(2), event(3)])).brokenId).toBeNull();
  });

  it("reports the first event whose content was edited", () => {
    const events = chain([event(1), event(2), event(3)]);
    events[1] = { ...events[1]!, entityId: "tampered" };
    expect(findFirstBrokenEvent(events).brokenId).toBe("e2");
  });

  it("reports the event after a deleted one, whose link no longer matches", () => {
    const events = chain([event(1), event(2), event(3)]);
    expect(findFirstBrokenEvent([events[0]!, events[2]!]).brokenId).toBe("e3");
  });

  it("reports a recomputed hash that does not match the next event's link", () => {
    const events = chain([event(1), event(2), event(3)]);
    const forged = { ...events[0]!, entityId: "forged" };
    forged.hash = hashEvent(forged.prevHash, {
      ...forged,
      prevHash: undefined,
      hash: undefined,
    } as unknown as ChainedEvent);
    expect(findFirstBrokenEvent([forged, events[1]!, events[2]!]).brokenId).toBe("e2");
  });
});

describe("scheme 2 and seals", () => {
  const v2 = (n: number): ChainedEvent => ({
    scheme: 2,
    id: `e${n}`,
    seq: String(n),
    occurredAt: `2026-12-03T10:00:0${n}.000Z`,
    actorId: "u1",
    action: "user.created",
    entityType: "user",
    entityId: `u${n}`,
    changes: { email: "(personal data)" },
    personalDigest: "d".repeat(64),
  });

  it("hashes the scheme and the digest with the event, so neither can be changed", () => {
    const [stored] = chain([v2(1)]);
    expect(findFirstBrokenEvent([stored!]).brokenId).toBeNull();
    expect(findFirstBrokenEvent([{ ...stored!, personalDigest: "e".repeat(64) }]).brokenId).toBe("e1");
  });

  it("checks a sealed event against its seal, and its link as always", () => {
    const events = chain([event(1, { email: "a@b.c" }), event(2)]);
    const redacted = { ...events[0]!, actorEmail: null, changes: { email: "(personal data)" } };
    const { prevHash: _p, hash: _h, ...content } = redacted;
    const sealed = { ...redacted, seal: contentDigest(content) };
    expect(findFirstBrokenEvent([sealed, events[1]!]).brokenId).toBeNull();
    expect(findFirstBrokenEvent([{ ...sealed, entityId: "x" }, events[1]!]).brokenId).toBe("e1");
    expect(findFirstBrokenEvent([redacted, events[1]!]).brokenId).toBe("e1");
  });

  it("splits the hashed text around the seq, so a database can finish the hash of the next event", () => {
    const content = {
      scheme: 2 as const,
      id: "e9",
      occurredAt: "2026-12-03T10:00:00.000Z",
      actorId: "u1",
      action: "model.created",
      entityType: "model",
      entityId: "m9",
      // values that look like a seq, or hold the quote and escapes JSON writes, must not confuse the cut
      changes: { seq: "41", note: 'a "quoted" \\ value', nested: [{ seq: 7 }] },
      personalDigest: null,
    };
    const { before, after } = canonicalAroundSeq(content);
    const prevHash = "ab".repeat(32);
    const finished = createHash("sha256").update(`${prevHash}${before}1234${after}`).digest("hex");
    expect(finished).toBe(hashEvent(prevHash, { ...content, seq: "1234" }));
    expect(after).toBe('"}');
  });
});
