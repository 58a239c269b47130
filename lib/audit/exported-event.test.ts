import { describe, expect, it } from "vitest";
import { exportedEventsProblems, type ExportedAuditEvent } from "./exported-event";
import { GENESIS_HASH, hashEvent, type PersonalChainedEvent } from "./hash-chain";
import { personalDigest } from "./personal-data";

function exported(seq: number, prevHash: string): ExportedAuditEvent {
  const personal = { actorEmail: "a@b.c", changes: null, salt: "salt" };
  const event: PersonalChainedEvent = {
    scheme: 2,
    id: `e${seq}`,
    seq: String(seq),
    occurredAt: "2026-12-03T10:00:00.000Z",
    actorId: "u1",
    action: "model_version.registered",
    entityType: "model_version",
    entityId: "v1",
    changes: { ratio: 0.19047619047619047 },
    personalDigest: personalDigest(personal.salt, { actorEmail: personal.actorEmail, changes: null }),
  };
  return { event, prevHash, hash: hashEvent(prevHash, event), personal };
}

describe("exported audit events", () => {
  it("verify on their own, with gaps between them, and neighbours must link", () => {
    const first = exported(1, GENESIS_HASH);
    const second = exported(2, first.hash);
    const far = exported(9, "f".repeat(64));
    expect(exportedEventsProblems(JSON.parse(JSON.stringify([first, second, far])))).toEqual([]);
    const unlinked = exported(2, "a".repeat(64));
    expect(exportedEventsProblems([first, unlinked])).toEqual([
      expect.stringContaining("does not link to seq 1"),
    ]);
  });

  it("name an edited event and edited personal values", () => {
    const first = exported(1, GENESIS_HASH);
    expect(exportedEventsProblems([{ ...first, event: { ...first.event, entityId: "v2" } }])).toEqual([
      expect.stringContaining("its hash does not match its content"),
    ]);
    expect(
      exportedEventsProblems([{ ...first, personal: { ...first.personal!, actorEmail: "someone@else" } }]),
    ).toEqual([expect.stringContaining("personal values do not match")]);
  });
});
