import { describe, expect, it } from "vitest";
import { auditCsvLine, csvLine } from "./audit-csv";

describe("audit CSV", () => {
  it("quotes cells with commas, quotes and line breaks (RFC 4180), and leaves null cells empty", () => {
    expect(csvLine(["plain", 'say "hi"', "a,b", "two\nlines", null])).toBe(
      'plain,"say ""hi""","a,b","two\nlines",\r\n',
    );
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(csvLine(['=HYPERLINK("x")', "+1", "-2", "@SUM(A1)", "ok=1"])).toBe(
      `"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1),ok=1\r\n`,
    );
  });

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
