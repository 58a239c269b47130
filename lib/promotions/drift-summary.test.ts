import { describe, expect, it } from "vitest";
import { driftLevel, summariseDrift, type DriftPoint } from "./drift-summary";

const day = (d: number) => new Date(Date.UTC(2026, 10, d));
const point = (feature: string, metric: string, value: number | null, end = 2): DriftPoint => ({
  feature,
  metric,
  value,
  windowStart: day(end - 1),
  windowEnd: day(end),
});

describe("driftLevel", () => {
  it("flags PSI at 0.1 and 0.2", () => {
    expect(driftLevel(0.099)).toBe("stable");
    expect(driftLevel(0.1)).toBe("moderate");
    expect(driftLevel(0.199)).toBe("moderate");
    expect(driftLevel(0.2)).toBe("significant");
    expect(driftLevel(null)).toBe("unknown");
  });
});

describe("summariseDrift", () => {
  it("gathers each feature's latest window into one row, prediction first", () => {
    const rows = summariseDrift([
      point("age", "PSI", 0.3, 1),
      point("age", "PSI", 0.05),
      point("age", "KS", 0.04),
      point("age", "KS_PVALUE", 0.5),
      point("prediction", "PSI", 0.15),
      point("prediction", "JS", 0.02),
      point("prediction", "WASSERSTEIN", 0.7),
      point("income", "KS", 0.2),
    ]);
    expect(rows.map((row) => [row.feature, row.level])).toEqual([
      ["prediction", "moderate"],
      ["age", "stable"],
      ["income", "unknown"],
    ]);
    expect(rows[0]).toMatchObject({ psi: 0.15, ks: null, js: 0.02, wasserstein: 0.7 });
    expect(rows[1]).toMatchObject({ psi: 0.05, ks: 0.04, windowEnd: day(2) });
  });
});
