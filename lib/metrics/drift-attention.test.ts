import { describe, expect, it } from "vitest";
import type { DriftSeries } from "@/lib/schemas/version-metrics";
import { featureStandings, featureToShowFirst } from "./drift-attention";

const series = (
  feature: string,
  metric: string,
  values: (number | null)[],
  lines: { warn?: number; alert?: number } = { warn: 0.1, alert: 0.2 },
): DriftSeries => ({
  feature,
  metric,
  points: values.map((max, i) => ({ at: `2026-11-0${i + 1}T00:00:00.000Z`, avg: max, max, count: 1 })),
  warn: lines.warn ?? null,
  alert: lines.alert ?? null,
  thresholds: [],
});

describe("drift attention", () => {
  const all = [
    series("age", "PSI", [0.01, 0.02]),
    series("age", "KS", [0.9, 0.95], {}),
    series("prediction", "PSI", [0.3, 0.39]),
    series("tenure", "PSI", [0.5, 0.12]),
  ];

  it("opens on the feature whose latest PSI stands highest against its line", () => {
    expect(featureToShowFirst(all)).toBe("prediction");
    // A policy's own, higher line counts: 0.39 of 0.5 is less than 0.15 of 0.16.
    expect(
      featureToShowFirst([
        series("prediction", "PSI", [0.39], { alert: 0.5 }),
        series("age", "PSI", [0.15], { alert: 0.16 }),
      ]),
    ).toBe("age");
  });

  it("falls back to the first feature when no series has PSI lines or values", () => {
    expect(featureToShowFirst([series("b", "KS", [0.5], {}), series("a", "PSI", [null])])).toBe("b");
    expect(featureToShowFirst([])).toBeUndefined();
  });

  it("reads each feature's standing from its latest PSI bucket", () => {
    expect(Object.fromEntries(featureStandings(all))).toEqual({
      age: "calm",
      prediction: "alert",
      tenure: "warn",
    });
  });
});
