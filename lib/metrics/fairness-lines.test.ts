import { describe, expect, it } from "vitest";
import type { VersionMetrics } from "@/lib/schemas/version-metrics";
import { fairnessLines, thresholdsFor } from "./fairness-lines";

type Threshold = VersionMetrics["fairness"]["thresholds"][number];
const report = {
  attribute: "sex",
  reportId: "r",
  recordedAt: "2026-11-01T00:00:00.000Z",
  rowCount: 10,
  groups: [
    { group: "f", count: 4, selectionRate: 0.25, truePositiveRate: 0.5, falsePositiveRate: 0 },
    { group: "m", count: 6, selectionRate: 0.5, truePositiveRate: 0, falsePositiveRate: 0.5 },
  ],
  demographicParityDifference: 0.25,
  disparateImpactRatio: 0.5,
  equalizedOddsDifference: 0.5,
  warnings: [],
};
const threshold = (overrides: Partial<Threshold>): Threshold => ({
  policyId: "p",
  policyName: "Gate",
  mode: "ENFORCE",
  targetStage: "PRODUCTION",
  ruleId: "r",
  bound: "min",
  metric: "disparate_impact_ratio",
  threshold: 0.9,
  attribute: null,
  ...overrides,
});

describe("fairnessLines", () => {
  it("puts the four-fifths rule and a ratio bound at a share of the highest selection rate", () => {
    expect(fairnessLines(report, [threshold({})], 0.8)).toEqual([
      { y: 0.4, label: "Four-fifths rule: 0.8 × highest rate", kind: "four-fifths" },
      { y: 0.45, label: "Gate: ratio ≥ 0.9", kind: "enforce" },
    ]);
  });

  it("puts a parity bound below the highest rate, and leaves equalized odds and other attributes out", () => {
    const lines = fairnessLines(
      report,
      [
        threshold({ metric: "demographic_parity_difference", bound: "max", threshold: 0.1, mode: "SHADOW" }),
        threshold({ metric: "equalized_odds_difference", bound: "max", threshold: 0.1 }),
        threshold({ attribute: "age" }),
      ],
      0.8,
    );
    expect(lines.slice(1)).toEqual([{ y: 0.4, label: "Gate: difference ≤ 0.1", kind: "shadow" }]);
    expect(
      thresholdsFor([threshold({ attribute: "age" }), threshold({ attribute: "sex" })], "sex"),
    ).toHaveLength(1);
  });
});
