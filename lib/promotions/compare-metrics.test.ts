import { describe, expect, it } from "vitest";
import { compareMetrics, directionOf, improvementOverParent } from "./compare-metrics";

const point = (suite: string, metric: string, value: number, higherIsBetter = true) => ({
  suite,
  metric,
  value,
  higherIsBetter,
});

describe("directionOf", () => {
  it("follows the metric's higher-is-better flag", () => {
    expect(directionOf(0.02, true)).toBe("better");
    expect(directionOf(-0.02, true)).toBe("worse");
    expect(directionOf(-0.5, false)).toBe("better");
    expect(directionOf(0.5, false)).toBe("worse");
    expect(directionOf(1e-12, true)).toBe("same");
  });
});

describe("compareMetrics", () => {
  it("puts the parent's and the base's values beside the version's with deltas and directions", () => {
    const rows = compareMetrics(
      [point("mmlu", "accuracy", 0.7), point("wiki", "perplexity", 8, false)],
      [point("mmlu", "accuracy", 0.75), point("wiki", "perplexity", 9, false)],
      [point("mmlu", "accuracy", 0.6)],
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      suite: "mmlu",
      metric: "accuracy",
      value: 0.7,
      parent: { value: 0.75, direction: "worse" },
      base: { value: 0.6, direction: "better" },
    });
    expect(rows[0]!.parent!.delta).toBeCloseTo(-0.05);
    expect(rows[0]!.base!.delta).toBeCloseTo(0.1);
    expect(rows[1]).toEqual({
      suite: "wiki",
      metric: "perplexity",
      higherIsBetter: false,
      value: 8,
      parent: { value: 9, delta: -1, direction: "better" },
      base: null,
    });
  });

  it("keeps a metric only the parent reports, so a missing evaluation shows", () => {
    const rows = compareMetrics([], [point("safety", "refusal_rate", 0.1, false)], null);
    expect(rows).toEqual([
      {
        suite: "safety",
        metric: "refusal_rate",
        higherIsBetter: false,
        value: null,
        parent: { value: 0.1, delta: null, direction: null },
        base: null,
      },
    ]);
  });

  it("sorts by suite, then metric", () => {
    const rows = compareMetrics([point("b", "x", 1), point("a", "z", 1), point("a", "y", 1)], null, null);
    expect(rows.map((row) => `${row.suite}/${row.metric}`)).toEqual(["a/y", "a/z", "b/x"]);
  });
});

describe("improvementOverParent", () => {
  it("is the relative change, positive when better whatever the metric's direction", () => {
    const [accuracy, perplexity] = compareMetrics(
      [point("a", "accuracy", 0.9), point("b", "perplexity", 12, false)],
      [point("a", "accuracy", 0.75), point("b", "perplexity", 10, false)],
      null,
    );
    expect(improvementOverParent(accuracy!)).toBeCloseTo(20);
    expect(improvementOverParent(perplexity!)).toBeCloseTo(-20);
  });

  it("is null without a parent value to divide by", () => {
    const [zero, alone] = compareMetrics(
      [point("a", "errors", 3, false), point("b", "x", 1)],
      [point("a", "errors", 0, false)],
      null,
    );
    expect(improvementOverParent(zero!)).toBeNull();
    expect(improvementOverParent(alone!)).toBeNull();
  });
});
