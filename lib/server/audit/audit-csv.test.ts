import { describe, expect, it } from "vitest";
import { auditCsvLine } from "./audit-csv";

describe("audit CSV", () => {
  it("writes an event with its changes as canonical JSON", () => {
    const line = auditCsvLine({
      id: "e1",
      seq: BigInt(7),
      occurredAt: new Date("2026-01-31T10:00:00.000Z"),
      actorId: null,
      actorEmail: "system",
      action: "team.created",
      entityType: "team",
      entityId: "t1",
      changes: { slug: "ml", name: "ML" },
      prevHash: "0".repeat(64),
      hash: "f".repeat(64),
    });
    expect(line).toBe(
      `7,2026-01-31T10:00:00.000Z,,system,team.created,team,t1,"{""name"":""ML"",""slug"":""ml""}",e1,${"0".repeat(64)},${"f".repeat(64)}\r\n`,
    );
  });
});
