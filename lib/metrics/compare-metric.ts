/** One metric of a version against the same metric of another (its parent, its base). Pure. */

export type MetricDirection = "better" | "worse" | "same";

// Stored values come from JSON and CSV uploads: a difference below this is rounding, not a change.
const SAME = 1e-12;

export function compareMetric(value: number, other: number, higherIsBetter: boolean) {
  const delta = value - other;
  const direction: MetricDirection =
    Math.abs(delta) <= SAME ? "same" : delta > 0 === higherIsBetter ? "better" : "worse";
  return { value: other, delta, direction };
}
