import { describe, expect, it } from "vitest";
import type { PolicyRule } from "./rules";
import { driftBands, fairnessThresholds, type ThresholdPolicy } from "./metric-thresholds";

const policy = (name: string, mode: ThresholdPolicy["mode"], rules: PolicyRule[]): ThresholdPolicy => ({
  id: `id-${name}`,
  name,
  mode,
  targetStage: "PRODUCTION",
  rules,
});

const gate = policy("Gate", "ENFORCE", [
  { id: "psi-all", kind: "drift_max", metric: "PSI", threshold: 0.25 },
  { id: "ks-age", kind: "drift_max", metric: "KS", threshold: 0.3, feature: "age" },
  { id: "dir", kind: "fairness_min", metric: "disparate_impact_ratio", threshold: 0.85 },
  { id: "acc", kind: "metric_min", suite: "s", metric: "accuracy", threshold: 0.9 },
]);
const watch = policy("Watch", "SHADOW", [
  { id: "psi-income", kind: "drift_max", metric: "PSI", threshold: 0.15, feature: "income" },
  {
    id: "dpd",
    kind: "fairness_max",
    metric: "demographic_parity_difference",
    threshold: 0.1,
    attribute: "sex",
  },
]);

describe("driftBands", () => {
  it("makes ENFORCE thresholds alerts and SHADOW ones warnings, for the series' feature and metric only", () => {
    expect(driftBands([gate, watch], "income", "PSI")).toMatchObject({ warn: 0.15, alert: 0.25 });
    expect(driftBands([gate, watch], "age", "PSI")).toMatchObject({ warn: null, alert: 0.25 });
    expect(driftBands([gate, watch], "age", "KS")).toMatchObject({ warn: null, alert: 0.3 });
    expect(driftBands([gate, watch], "income", "KS")).toEqual({ warn: null, alert: null, thresholds: [] });
  });

  it("names the policy and rule behind each line", () => {
    expect(driftBands([watch], "income", "PSI").thresholds).toEqual([
      {
        level: "warn",
        value: 0.15,
        source: {
          policyId: "id-Watch",
          policyName: "Watch",
          mode: "SHADOW",
          targetStage: "PRODUCTION",
          ruleId: "psi-income",
        },
      },
    ]);
  });

  it("falls back on 0.1 / 0.2 for PSI when no policy speaks, and on nothing for other metrics", () => {
    expect(driftBands([], "x", "PSI")).toMatchObject({ warn: 0.1, alert: 0.2 });
    expect(driftBands([watch], "age", "PSI").thresholds.every((t) => t.source === null)).toBe(true);
    expect(driftBands([], "x", "WASSERSTEIN")).toMatchObject({ warn: null, alert: null });
  });

  it("keeps the lowest of several thresholds of a level", () => {
    const strict = policy("Strict", "ENFORCE", [
      { id: "p", kind: "drift_max", metric: "PSI", threshold: 0.2 },
    ]);
    expect(driftBands([gate, strict], "age", "PSI").alert).toBe(0.2);
  });
});

describe("fairnessThresholds", () => {
  it("lists the fairness bounds with their policy, mode and attribute", () => {
    expect(fairnessThresholds([gate, watch])).toEqual([
      expect.objectContaining({
        policyName: "Gate",
        mode: "ENFORCE",
        bound: "min",
        metric: "disparate_impact_ratio",
        threshold: 0.85,
        attribute: null,
      }),
      expect.objectContaining({
        policyName: "Watch",
        mode: "SHADOW",
        bound: "max",
        metric: "demographic_parity_difference",
        threshold: 0.1,
        attribute: "sex",
        ruleId: "dpd",
      }),
    ]);
  });
});
