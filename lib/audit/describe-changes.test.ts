import { describe, expect, it } from "vitest";
import { describeChanges, formatChangeValue } from "./describe-changes";

describe("describeChanges", () => {
  it("reads { field: { from, to } } as field changes, in order", () => {
    const result = describeChanges({
      stage: { from: "DEVELOPMENT", to: "STAGING" },
      tags: { from: [], to: ["eu"] },
    });
    expect(result.fieldChanges).toEqual([
      { field: "stage", from: "DEVELOPMENT", to: "STAGING" },
      { field: "tags", from: "[]", to: '["eu"]' },
    ]);
    expect(result.other).toBeNull();
    expect(result.summary).toBe('stage: DEVELOPMENT -> STAGING; tags: [] -> ["eu"]');
  });

  it("names absent values and keeps other fields as JSON beside the field changes", () => {
    const result = describeChanges({
      riskTier: { from: null, to: "HIGH" },
      reason: "annual review",
      meta: { a: 1 },
    });
    expect(result.fieldChanges).toEqual([{ field: "riskTier", from: "(none)", to: "HIGH" }]);
    expect(result.other).toEqual({ reason: "annual review", meta: { a: 1 } });
    expect(result.summary).toBe('riskTier: (none) -> HIGH; reason: annual review; meta: {"a":1}');
  });

  it("does not mistake an object with more than from and to for a change", () => {
    const result = describeChanges({ range: { from: 1, to: 2, step: 1 } });
    expect(result.fieldChanges).toEqual([]);
    expect(result.other).toEqual({ range: { from: 1, to: 2, step: 1 } });
  });

  it("keeps arrays and primitives whole, and nothing for no changes", () => {
    expect(describeChanges([1, 2])).toEqual({ fieldChanges: [], other: [1, 2], summary: "[1,2]" });
    expect(describeChanges(null)).toEqual({ fieldChanges: [], other: null, summary: "" });
  });

  it("shortens a long summary for table cells", () => {
    const summary = describeChanges({ text: "x".repeat(500) }).summary;
    expect(summary).toHaveLength(140);
    expect(summary.endsWith("…")).toBe(true);
  });

  it("formats values on one line", () => {
    expect([
      formatChangeValue(""),
      formatChangeValue(0),
      formatChangeValue(false),
      formatChangeValue(undefined),
    ]).toEqual(['""', "0", "false", "(none)"]);
  });

  it("reads the ids an event names as what they are, in field changes and in the summary", () => {
    const names = { cmv1: "llama-3-1-8b v1", cdv3: "support-tickets@3" };
    const result = describeChanges(
      {
        parents: [{ versionId: "cmv1", relation: "ADAPTER_OF" }],
        datasetVersionId: "cdv3",
        owner: { from: "cmv1", to: "x" },
      },
      names,
    );
    expect(result.fieldChanges).toEqual([{ field: "owner", from: "llama-3-1-8b v1", to: "x" }]);
    expect(result.summary).toBe(
      'owner: llama-3-1-8b v1 -> x; parents: [{"versionId":"llama-3-1-8b v1","relation":"ADAPTER_OF"}]; datasetVersionId: support-tickets@3',
    );
  });
});

describe("a named thing's change, recorded flat", () => {
  it("reads an alias or a tag as 'name: from -> to', an id as what it is", () => {
    const names = { v2: "support-bot v2", v3: "support-bot v3" };
    expect(
      describeChanges(
        { alias: "champion", from: "v2", to: "v3", version: 3, reason: "followed production" },
        names,
      ),
    ).toEqual({
      fieldChanges: [{ field: "champion", from: "support-bot v2", to: "support-bot v3" }],
      other: { version: 3, reason: "followed production" },
      summary: "champion: support-bot v2 -> support-bot v3; version: 3; reason: followed production",
    });
    expect(describeChanges({ key: "team note", from: "v1", to: "v2" }).fieldChanges).toEqual([
      { field: "team note", from: "v1", to: "v2" },
    ]);
    // Removed: nothing after it.
    expect(describeChanges({ alias: "prod", from: "v2" }, names)).toMatchObject({
      fieldChanges: [{ field: "prod", from: "support-bot v2", to: "(none)" }],
      other: null,
    });
  });
});
