import { describe, expect, it } from "vitest";
import { buildEvidence, judge, metric } from "@/tests/support/evidence-builder";
import { describeRule, evaluatePolicy } from "./evaluate";
import { ruleSchema, rulesSchema, type PolicyRule } from "./rules";
import { formatNumber } from "./rules/verdict";

const approvals = { kind: "approvals_required", byRiskTier: { MINIMAL: 1, LIMITED: 2, HIGH: 3 } };
const rules = (list: Record<string, unknown>[]) =>
  rulesSchema.parse(list.map((rule, i) => ({ id: `rule-${i}`, ...rule })));

describe("evaluatePolicy", () => {
  const floor = { kind: "metric_min", suite: "mmlu", metric: "accuracy", threshold: 0.6 };
  const ceiling = { kind: "metric_max", suite: "mmlu", metric: "accuracy", threshold: 0.7 };

  it("passes when every rule passes, with one result per rule in the policy's order", () => {
    const result = evaluatePolicy(
      { mode: "ENFORCE", rules: rules([floor, ceiling]) },
      buildEvidence({ metrics: [metric("mmlu", "accuracy", 0.65)] }),
    );
    expect(result.passed).toBe(true);
    expect(result.results.map((r) => [r.ruleId, r.kind, r.passed])).toEqual([
      ["rule-0", "metric_min", true],
      ["rule-1", "metric_max", true],
    ]);
    expect(result.requiredApprovals).toBeNull();
  });

  it("fails when one rule fails, or when one lacks evidence", () => {
    const failing = evaluatePolicy(
      { mode: "SHADOW", rules: rules([floor, ceiling]) },
      buildEvidence({ metrics: [metric("mmlu", "accuracy", 0.75)] }),
    );
    expect(failing.passed).toBe(false);
    expect(failing.results.map((r) => r.status)).toEqual(["passed", "failed"]);
    const missing = evaluatePolicy({ mode: "SHADOW", rules: rules([floor]) }, buildEvidence());
    expect(missing.passed).toBe(false);
    expect(missing.results[0]).toMatchObject({ status: "missing_evidence", passed: false });
  });

  it("reads the approvals count for the model's risk tier", () => {
    const policy = { mode: "ENFORCE" as const, rules: rules([approvals]) };
    const version = buildEvidence().version;
    for (const [riskTier, count] of [
      ["MINIMAL", 1],
      ["LIMITED", 2],
      ["HIGH", 3],
    ] as const) {
      const result = evaluatePolicy(policy, buildEvidence({ version: { ...version, riskTier } }));
      expect(result).toMatchObject({ passed: true, requiredApprovals: count });
    }
  });
});

describe("approvals_required", () => {
  it("always passes, measuring the risk tier and stating the count", () => {
    const high = buildEvidence({ version: { ...buildEvidence().version, riskTier: "HIGH" } });
    expect(judge(approvals, high)).toMatchObject({
      status: "passed",
      measured: "HIGH",
      required: "3 approvals from different officers",
      value: null,
      message: "The model is high risk, so the promotion needs 3 approvals from different officers",
    });
    const minimal = buildEvidence({ version: { ...buildEvidence().version, riskTier: "MINIMAL" } });
    expect(judge(approvals, minimal).required).toBe("1 approval from an officer");
  });
});

describe("describeRule", () => {
  const described = (rule: Record<string, unknown>) => describeRule(ruleSchema.parse({ id: "r", ...rule }));

  it("writes a description from the rule's settings for every kind", () => {
    expect(described({ kind: "metric_min", suite: "mmlu", metric: "accuracy", threshold: 0.65 })).toBe(
      "mmlu accuracy at least 0.65",
    );
    expect(described({ kind: "metric_max", suite: "toxigen", metric: "toxicity", threshold: 0.1 })).toBe(
      "toxigen toxicity at most 0.1",
    );
    expect(
      described({ kind: "metric_regression", suite: "mmlu", metric: "accuracy", maxRegression: 0.02 }),
    ).toBe("mmlu accuracy at most 0.02 worse than the parent's");
    expect(described({ kind: "fairness_min", metric: "disparate_impact_ratio", threshold: 0.8 })).toBe(
      "Disparate impact ratio at least 0.8",
    );
    expect(
      described({
        kind: "fairness_max",
        metric: "equalized_odds_difference",
        threshold: 0.1,
        attribute: "gender",
      }),
    ).toBe("Equalized odds difference on gender at most 0.1");
    expect(described({ kind: "drift_max", metric: "PSI", threshold: 0.2 })).toBe(
      "PSI at most 0.2 on every feature",
    );
    expect(described({ kind: "drift_max", metric: "KS", threshold: 0.1, feature: "income" })).toBe(
      "KS of income at most 0.1",
    );
    expect(described({ kind: "required_artifacts", formats: ["SAFETENSORS", "MODEL_CARD"] })).toBe(
      "At least one artifact of each format: safetensors and model card",
    );
    expect(described({ kind: "model_card_sections", required: ["intendedUse", "limitations"] })).toBe(
      "Model card sections filled in: Intended use and Limitations",
    );
    expect(described({ kind: "dataset_legal_basis" })).toBe(
      "Every dataset with personal data has a legal basis",
    );
    expect(
      described({ kind: "dataset_license_allowlist", licenses: ["MIT", "Apache-2.0", "CC-BY-4.0"] }),
    ).toBe("Every dataset licensed under MIT, Apache-2.0 or CC-BY-4.0");
    expect(described(approvals)).toBe("Approvals by risk tier: minimal 1, limited 2, high 3");
  });

  it("keeps the rule's own description, and the result carries it", () => {
    const rule: PolicyRule = ruleSchema.parse({
      id: "r",
      kind: "dataset_legal_basis",
      description: "GDPR art. 6",
    });
    expect(describeRule(rule)).toBe("GDPR art. 6");
    expect(evaluatePolicy({ mode: "ENFORCE", rules: [rule] }, buildEvidence()).results[0]!.description).toBe(
      "GDPR art. 6",
    );
  });
});

describe("formatNumber", () => {
  it("reads numbers without float noise, to at most 4 decimals", () => {
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(0.712345)).toBe("0.7123");
    expect(formatNumber(0.000123456)).toBe("0.0001235");
    expect(formatNumber(12.3456789)).toBe("12.3457");
    expect(formatNumber(3)).toBe("3");
    expect(formatNumber(-0.25)).toBe("-0.25");
    expect(formatNumber(-0)).toBe("0");
  });
});
