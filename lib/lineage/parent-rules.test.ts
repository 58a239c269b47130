import { describe, expect, it } from "vitest";
import { parentRuleErrors, type ParentFact } from "./parent-rules";

const adapterOf = (parentKind: ParentFact["parentKind"] = "BASE"): ParentFact => ({
  relation: "ADAPTER_OF",
  parentKind,
});
const mergedFrom: ParentFact = { relation: "MERGED_FROM", parentKind: "FINE_TUNED" };
const quantizedFrom: ParentFact = { relation: "QUANTIZED_FROM", parentKind: "BASE" };
const finetunedFrom: ParentFact = { relation: "FINETUNED_FROM", parentKind: "BASE" };
const distilledFrom: ParentFact = { relation: "DISTILLED_FROM", parentKind: "BASE" };

describe("parentRuleErrors", () => {
  it("accepts the usual shapes of each kind", () => {
    expect(parentRuleErrors({ kind: "BASE", hasAdapter: false, parents: [] })).toEqual({});
    expect(parentRuleErrors({ kind: "BASE", hasAdapter: false, parents: [distilledFrom] })).toEqual({});
    expect(parentRuleErrors({ kind: "FINE_TUNED", hasAdapter: false, parents: [finetunedFrom] })).toEqual({});
    expect(parentRuleErrors({ kind: "FINE_TUNED", hasAdapter: false, parents: [] })).toEqual({});
    expect(parentRuleErrors({ kind: "ADAPTER", hasAdapter: true, parents: [adapterOf()] })).toEqual({});
    expect(
      parentRuleErrors({
        kind: "ADAPTER",
        hasAdapter: true,
        parents: [adapterOf(), { relation: "FINETUNED_FROM", parentKind: "ADAPTER" }],
      }),
    ).toEqual({});
    expect(
      parentRuleErrors({ kind: "MERGED", hasAdapter: false, parents: [mergedFrom, mergedFrom] }),
    ).toEqual({});
    expect(
      parentRuleErrors({ kind: "MERGED", hasAdapter: false, parents: [mergedFrom, mergedFrom, mergedFrom] }),
    ).toEqual({});
    expect(parentRuleErrors({ kind: "QUANTIZED", hasAdapter: false, parents: [quantizedFrom] })).toEqual({});
  });

  it("needs adapter facts and exactly one ADAPTER_OF parent for an adapter", () => {
    expect(parentRuleErrors({ kind: "ADAPTER", hasAdapter: false, parents: [adapterOf()] })).toEqual({
      adapter: expect.stringMatching(/Required/),
    });
    expect(parentRuleErrors({ kind: "ADAPTER", hasAdapter: true, parents: [] })).toEqual({
      parents: expect.stringMatching(/exactly one ADAPTER_OF/),
    });
    expect(
      parentRuleErrors({ kind: "ADAPTER", hasAdapter: true, parents: [adapterOf(), adapterOf()] }),
    ).toEqual({
      parents: expect.stringMatching(/exactly one ADAPTER_OF/),
    });
    expect(parentRuleErrors({ kind: "ADAPTER", hasAdapter: true, parents: [finetunedFrom] })).toEqual({
      parents: expect.stringMatching(/exactly one/),
    });
  });

  it("refuses an adapter whose base is itself an adapter", () => {
    expect(parentRuleErrors({ kind: "ADAPTER", hasAdapter: true, parents: [adapterOf("ADAPTER")] })).toEqual({
      "parents.0.versionId": expect.stringMatching(/not another adapter/),
    });
  });

  it("refuses adapter facts and ADAPTER_OF parents on any other kind", () => {
    expect(
      parentRuleErrors({ kind: "FINE_TUNED", hasAdapter: true, parents: [finetunedFrom, adapterOf()] }),
    ).toEqual({
      adapter: "Only versions of ADAPTER models have adapter facts",
      "parents.1.relation": "ADAPTER_OF is only for versions of ADAPTER models",
    });
  });

  it("needs at least two MERGED_FROM parents for a merge, and keeps MERGED_FROM to merges", () => {
    expect(parentRuleErrors({ kind: "MERGED", hasAdapter: false, parents: [mergedFrom] })).toEqual({
      parents: "A merge has at least two MERGED_FROM parents",
    });
    expect(
      parentRuleErrors({ kind: "MERGED", hasAdapter: false, parents: [mergedFrom, finetunedFrom] }),
    ).toEqual({ parents: expect.any(String) });
    expect(
      parentRuleErrors({ kind: "FINE_TUNED", hasAdapter: false, parents: [mergedFrom, mergedFrom] }),
    ).toEqual({
      "parents.0.relation": "MERGED_FROM is only for versions of MERGED models",
      "parents.1.relation": "MERGED_FROM is only for versions of MERGED models",
    });
  });

  it("needs exactly one QUANTIZED_FROM parent for a quantized version, and keeps the relation to them", () => {
    expect(parentRuleErrors({ kind: "QUANTIZED", hasAdapter: false, parents: [] })).toEqual({
      parents: expect.stringMatching(/exactly one QUANTIZED_FROM/),
    });
    expect(
      parentRuleErrors({ kind: "QUANTIZED", hasAdapter: false, parents: [quantizedFrom, quantizedFrom] }),
    ).toEqual({ parents: expect.any(String) });
    expect(parentRuleErrors({ kind: "BASE", hasAdapter: false, parents: [quantizedFrom] })).toEqual({
      "parents.0.relation": "QUANTIZED_FROM is only for versions of QUANTIZED models",
    });
  });
});
