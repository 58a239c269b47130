/**
 * A version's evaluation metrics beside its parent's and its base's, per suite and metric: the delta in
 * the metric's own units and whether that is better or worse, following the metric's higher-is-better
 * flag (a lower perplexity is an improvement).
 */
export type MetricPoint = { suite: string; metric: string; value: number; higherIsBetter: boolean };
export type Direction = "better" | "worse" | "same";

export type Comparison = {
  value: number;
  /** the version's value minus this one; null when the version has no value */
  delta: number | null;
  direction: Direction | null;
};

export type MetricRow = {
  suite: string;
  metric: string;
  higherIsBetter: boolean;
  /** null when the version was not evaluated on it (but its parent or base was) */
  value: number | null;
  parent: Comparison | null;
  base: Comparison | null;
};

const EPSILON = 1e-9;
const keyOf = (point: { suite: string; metric: string }) => `${point.suite}\u0000${point.metric}`;

export function directionOf(delta: number, higherIsBetter: boolean): Direction {
  if (Math.abs(delta) < EPSILON) return "same";
  return delta > 0 === higherIsBetter ? "better" : "worse";
}

function compare(value: number | null, other: MetricPoint | undefined, higherIsBetter: boolean) {
  if (!other) return null;
  if (value === null) return { value: other.value, delta: null, direction: null };
  const delta = value - other.value;
  return { value: other.value, delta, direction: directionOf(delta, higherIsBetter) };
}

/** One row per suite and metric any of the three reports, sorted by suite then metric. */
export function compareMetrics(
  version: MetricPoint[],
  parent: MetricPoint[] | null,
  base: MetricPoint[] | null,
): MetricRow[] {
  const own = new Map(version.map((point) => [keyOf(point), point]));
  const parents = new Map((parent ?? []).map((point) => [keyOf(point), point]));
  const bases = new Map((base ?? []).map((point) => [keyOf(point), point]));
  const keys = new Set([...own.keys(), ...parents.keys(), ...bases.keys()]);
  return [...keys]
    .map((key) => {
      const reference = (own.get(key) ?? parents.get(key) ?? bases.get(key))!;
      const value = own.get(key)?.value ?? null;
      return {
        suite: reference.suite,
        metric: reference.metric,
        higherIsBetter: reference.higherIsBetter,
        value,
        parent: compare(value, parents.get(key), reference.higherIsBetter),
        base: compare(value, bases.get(key), reference.higherIsBetter),
      };
    })
    .sort((a, b) => a.suite.localeCompare(b.suite) || a.metric.localeCompare(b.metric));
}

/**
 * The change from the parent in percent of the parent's value, signed so that positive is an
 * improvement whatever the metric's direction: metrics of different units can share one chart.
 * Null without a comparable parent value (none, or zero).
 */
export function improvementOverParent(row: MetricRow): number | null {
  const parent = row.parent;
  if (!parent || parent.delta === null || parent.value === 0) return null;
  const size = Math.abs(parent.delta / parent.value) * 100;
  return parent.direction === "worse" ? -size : parent.direction === "better" ? size : 0;
}
