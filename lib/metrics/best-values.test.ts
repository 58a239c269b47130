import { describe, expect, it } from "vitest";
import { bestIndexes, driftDirection } from "./best-values";

describe("bestIndexes", () => {
  it("marks the highest or the lowest value by direction", () => {
    expect(bestIndexes([0.8, 0.9, 0.85], "higher")).toEqual([1]);
    expect(bestIndexes([0.8, 0.9, 0.85], "lower")).toEqual([0]);
  });

  it("marks every tie and skips missing values", () => {
    expect(bestIndexes([null, 0.2, 0.2, 0.5], "lower")).toEqual([1, 2]);
  });

  it("marks nothing when fewer than two versions have a value", () => {
    expect(bestIndexes([null, 0.7], "higher")).toEqual([]);
    expect(bestIndexes([], "higher")).toEqual([]);
  });

  it("treats the KS p-value as better high and every drift distance as better low", () => {
    expect(driftDirection("KS_PVALUE")).toBe("higher");
    expect(driftDirection("PSI")).toBe("lower");
    expect(driftDirection("WASSERSTEIN")).toBe("lower");
  });
});
