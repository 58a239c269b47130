import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation";
import { draftOf, newDraft, RULE_FIELDS, ruleOf } from "./rule-drafts";
import { RULE_KINDS, RULE_SCHEMAS, rulesSchema, type PolicyRule } from "./rules";

const examples: PolicyRule[] = [
  {
    id: "acc",
    kind: "metric_min",
    suite: "helm",
    metric: "accuracy",
    threshold: 0.8,
    description: "Quality",
  },
  { id: "loss", kind: "metric_max", suite: "helm", metric: "loss", threshold: 1.5 },
  { id: "reg", kind: "metric_regression", suite: "helm", metric: "accuracy", maxRegression: 0 },
  {
    id: "dp",
    kind: "fairness_max",
    metric: "demographic_parity_difference",
    threshold: 0.1,
    attribute: "gender",
  },
  { id: "di", kind: "fairness_min", metric: "disparate_impact_ratio", threshold: 0.8 },
  { id: "psi", kind: "drift_max", metric: "PSI", threshold: 0.2, feature: "age" },
  { id: "files", kind: "required_artifacts", formats: ["SAFETENSORS", "MODEL_CARD"] },
  { id: "card", kind: "model_card_sections", required: ["intendedUse", "limitations"] },
  { id: "legal", kind: "dataset_legal_basis" },
  { id: "lic", kind: "dataset_license_allowlist", licenses: ["mit", "cc-by-4.0"] },
  { id: "appr", kind: "approvals_required", byRiskTier: { MINIMAL: 1, LIMITED: 2, HIGH: 3 } },
];

describe("rule drafts", () => {
  it("has a card for every rule kind, naming only fields its schema knows", () => {
    expect(Object.keys(RULE_FIELDS).sort()).toEqual([...RULE_KINDS].sort());
    for (const kind of RULE_KINDS) {
      const known = Object.keys(RULE_SCHEMAS[kind].shape);
      for (const spec of RULE_FIELDS[kind]) expect(known, `${kind}.${spec.name}`).toContain(spec.name);
    }
    expect(examples.map((rule) => rule.kind).sort()).toEqual([...RULE_KINDS].sort());
  });

  it("gives a stored rule back unchanged after a round trip through its card", () => {
    for (const rule of examples) expect(ruleOf(draftOf(rule))).toEqual(rule);
  });

  it("starts each new card with an id no other card has", () => {
    const first = newDraft("metric_min", []);
    const second = newDraft("metric_min", [first.id]);
    const third = newDraft("metric_min", [first.id, second.id]);
    expect([first.id, second.id, third.id]).toEqual(["metric-min", "metric-min-2", "metric-min-3"]);
    expect(first.key).not.toBe(second.key);
  });

  it("leaves an empty number absent and a non-number as typed, so the schema names each field", () => {
    const draft = newDraft("metric_min", []);
    draft.values.suite = "helm";
    draft.values.threshold = "";
    expect(ruleOf(draft).threshold).toBeUndefined();
    const checked = rulesSchema.safeParse([
      ruleOf(draft),
      ruleOf({ ...draft, id: "x", values: { ...draft.values, threshold: "high" } }),
    ]);
    expect(checked.success).toBe(false);
    expect(fieldErrorsOf(checked.error!)).toEqual({
      "0.metric": "Name the metric",
      "0.threshold": "A number",
      "1.metric": "Name the metric",
      "1.threshold": "A number",
    });
  });

  it("makes new cards that need no typing (approvals, legal basis) valid as they start", () => {
    for (const kind of ["approvals_required", "dataset_legal_basis"] as const)
      expect(RULE_SCHEMAS[kind].safeParse(ruleOf(newDraft(kind, []))).success, kind).toBe(true);
  });
});
