import { describe, expect, it } from "vitest";
import { mentionedIds, namesIn } from "./mentioned-ids";

describe("mentioned ids", () => {
  const changes = {
    model: "support-bot",
    versionId: "cmversion0001",
    parents: [{ versionId: "cmparent00001", relation: "ADAPTER_OF" }],
    teamIds: ["cmteam0000001", "cmteam0000002"],
    stage: { from: "STAGING", to: "PRODUCTION" },
    note: "cmnotanid0001",
  };

  it("are the strings under keys ending in Id or Ids, at any depth, and nothing else", () => {
    expect([...mentionedIds(changes)].sort()).toEqual([
      "cmparent00001",
      "cmteam0000001",
      "cmteam0000002",
      "cmversion0001",
    ]);
    expect(mentionedIds(null).size).toBe(0);
    expect(mentionedIds({ versionId: "not an id!" }).size).toBe(0);
  });

  it("keep only the names that were found", () => {
    const names = new Map([
      ["cmversion0001", "support-bot v2"],
      ["cmnotanid0001", "never asked for"],
    ]);
    expect(namesIn(changes, names)).toEqual({ cmversion0001: "support-bot v2" });
  });
});
