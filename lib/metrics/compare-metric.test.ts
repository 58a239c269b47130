import { describe, expect, it } from "vitest";
import { compareMetric } from "./compare-metric";

describe("compareMetric", () => {
  it("calls a rise better when higher is better, and worse when lower is better", () => {
    expect(compareMetric(0.9, 0.8, true)).toEqual({
      value: 0.8,
      delta: expect.closeTo(0.1, 12),
      direction: "better",
    });
    expect(compareMetric(0.9, 0.8, false).direction).toBe("worse");
    expect(compareMetric(12, 15, false)).toEqual({ value: 15, delta: -3, direction: "better" });
    expect(compareMetric(12, 15, true).direction).toBe("worse");
  });

  it("calls an equal value the same, in either direction", () => {
    expect(compareMetric(0.5, 0.5, true)).toEqual({ value: 0.5, delta: 0, direction: "same" });
    expect(compareMetric(0.1 + 0.2, 0.3, false).direction).toBe("same");
  });
});
