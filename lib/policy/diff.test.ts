import { describe, expect, it } from "vitest";
import { diffPolicies, isUnchanged, type PolicySnapshot } from "./diff";
import type { PolicyRule } from "./rules";

const accuracy: PolicyRule = {
  id: "accuracy",
  kind: "metric_min",
  suite: "helm",
  metric: "accuracy",
  threshold: 0.8,
};
const artifacts: PolicyRule = { id: "weights", kind: "required_artifacts", formats: ["SAFETENSORS", "BIN"] };
const approvals: PolicyRule = {
  id: "approvals",
  kind: "approvals_required",
  byRiskTier: { MINIMAL: 1, LIMITED: 1, HIGH: 2 },
};

const v1: PolicySnapshot = {
  name: "Production quality",
  description: null,
  targetStage: "PRODUCTION",
  mode: "SHADOW",
  enabled: true,
  rules: [accuracy, artifacts, approvals],
};

describe("diffPolicies", () => {
  it("treats a first version as everything added, and says so without empty fields", () => {
    const diff = diffPolicies(null, v1);
    expect(diff.initial).toBe(true);
    expect(diff.fields.map((f) => f.field)).toEqual([
      "name",
      "description",
      "targetStage",
      "mode",
      "enabled",
    ]);
    expect(diff.fields.every((f) => f.from === null)).toBe(true);
    expect(diff.rules.added.map((r) => r.id)).toEqual(["accuracy", "weights", "approvals"]);
    expect(diff.rules.removed).toEqual([]);
    expect(diff.lines).toEqual([
      "Name: “Production quality”",
      "Target stage: PRODUCTION",
      "Mode: SHADOW",
      "Enabled: yes",
      "Rule added: accuracy (Metric at least)",
      "Rule added: weights (Required artifacts)",
      "Rule added: approvals (Approvals by risk tier)",
    ]);
    expect(isUnchanged(diff)).toBe(false);
  });

  it("finds nothing between equal versions, and reads a blank description as none", () => {
    const diff = diffPolicies(v1, { ...v1, description: "", rules: v1.rules!.map((r) => ({ ...r })) });
    expect(diff.fields).toEqual([]);
    expect(diff.lines).toEqual([]);
    expect(isUnchanged(diff)).toBe(true);
  });

  it("lists changed policy fields with from and to", () => {
    const diff = diffPolicies(v1, { ...v1, mode: "ENFORCE", enabled: false, description: "Gate" });
    expect(diff.fields).toEqual([
      { field: "description", from: null, to: "Gate" },
      { field: "mode", from: "SHADOW", to: "ENFORCE" },
      { field: "enabled", from: true, to: false },
    ]);
    expect(diff.lines).toEqual(["Description added", "Mode: SHADOW -> ENFORCE", "Enabled: yes -> no"]);
    expect(isUnchanged(diff)).toBe(false);
  });

  it("tells rules added, removed and changed per field, lists as added and removed items", () => {
    const legal: PolicyRule = { id: "legal", kind: "dataset_legal_basis" };
    const diff = diffPolicies(v1, {
      ...v1,
      rules: [
        { ...accuracy, threshold: 0.85, description: "Keep quality up" },
        { ...artifacts, formats: ["SAFETENSORS", "GGUF"] },
        legal,
      ],
    });
    expect(diff.rules.added).toEqual([legal]);
    expect(diff.rules.removed).toEqual([approvals]);
    expect(diff.rules.changed).toEqual([
      {
        id: "accuracy",
        kind: "metric_min",
        changes: [
          { field: "threshold", type: "value", from: 0.8, to: 0.85 },
          { field: "description", type: "value", from: null, to: "Keep quality up" },
        ],
      },
      {
        id: "weights",
        kind: "required_artifacts",
        changes: [{ field: "formats", type: "list", added: ["GGUF"], removed: ["BIN"] }],
      },
    ]);
    expect(diff.rules.reordered).toBe(false);
    expect(diff.lines).toEqual([
      "Rule added: legal (Legal basis for personal data)",
      "Rule removed: approvals (Approvals by risk tier)",
      "Rule accuracy: threshold 0.8 -> 0.85; description (none) -> “Keep quality up”",
      "Rule weights: artifact formats: added GGUF; removed BIN",
    ]);
  });

  it("reads nested fields by path, and a change of kind under the same id", () => {
    const diff = diffPolicies(v1, {
      ...v1,
      rules: [
        { id: "accuracy", kind: "metric_max", suite: "helm", metric: "accuracy", threshold: 0.8 },
        artifacts,
        { ...approvals, byRiskTier: { MINIMAL: 1, LIMITED: 1, HIGH: 3 } },
      ],
    });
    expect(diff.rules.changed).toEqual([
      {
        id: "accuracy",
        kind: "metric_max",
        changes: [{ field: "kind", type: "value", from: "metric_min", to: "metric_max" }],
      },
      {
        id: "approvals",
        kind: "approvals_required",
        changes: [{ field: "byRiskTier.HIGH", type: "value", from: 2, to: 3 }],
      },
    ]);
    expect(diff.lines).toContain("Rule approvals: approvals (high risk) 2 -> 3");
    expect(diff.lines).toContain("Rule accuracy: kind metric_min -> metric_max");
  });

  it("notices a new order of the same rules", () => {
    const diff = diffPolicies(v1, { ...v1, rules: [artifacts, accuracy, approvals] });
    expect(diff.rules).toMatchObject({ added: [], removed: [], changed: [], reordered: true });
    expect(diff.lines).toEqual(["Rules reordered"]);
    expect(isUnchanged(diff)).toBe(false);
    // Removing one rule is not a reorder of the others.
    expect(diffPolicies(v1, { ...v1, rules: [accuracy, approvals] }).rules.reordered).toBe(false);
  });

  it("says when one side's stored rules cannot be read, and never calls that unchanged", () => {
    const diff = diffPolicies({ ...v1, rules: null }, v1);
    expect(diff.rules.unreadable).toBe(true);
    expect(diff.rules.added).toEqual([]);
    expect(diff.lines).toEqual([
      "The stored rules of one of these versions cannot be read, so their difference is not shown",
    ]);
    expect(isUnchanged(diff)).toBe(false);
  });
});
