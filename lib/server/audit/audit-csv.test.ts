import { describe, expect, it } from "vitest";
import { auditCsvLine } from "./audit-csv";

const row = {
  id: "e1",
  seq: BigInt(7),
  occurredAt: new Date("2026-01-31T10:00:00.000Z"),
  actorId: null,
  action: "team.created",
  entityType: "team",
  entityId: "t1",
  changes: { slug: "ml", name: "ML" },
  prevHash: "0".repeat(64),
  hash: "f".repeat(64),
  scheme: 2,
  personalDigest: null,
  personal: null,
};

describe("audit CSV", () => {
  it("writes an event with its changes as canonical JSON", () => {
    expect(auditCsvLine(row)).toBe(
      `7,2026-01-31T10:00:00.000Z,,system,team.created,team,t1,"{""name"":""ML"",""slug"":""ml""}",e1,${"0".repeat(64)},${"f".repeat(64)},2,,\r\n`,
    );
  });

  it("writes the hashed changes and, beside them, the personal values while they are kept", () => {
    const line = auditCsvLine({
      ...row,
      actorId: "u1",
      entityType: "user",
      changes: { email: "(personal data)", roles: [] },
      personalDigest: "d".repeat(64),
      personal: { actorEmail: "admin@x.test", changes: { email: "ann@x.test" }, salt: "s" },
    });
    expect(line).toContain(
      ',u1,admin@x.test,team.created,user,t1,"{""email"":""(personal data)"",""roles"":[]}",',
    );
    expect(line).toContain(`,2,${"d".repeat(64)},"{""email"":""ann@x.test""}"\r\n`);
  });
});
