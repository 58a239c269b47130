export type Direction = "higher" | "lower";

/**
 * The columns holding the best value of a row, ties included. With fewer than two values there is
 * nothing to compare, so nothing is marked.
 */
export function bestIndexes(values: readonly (number | null)[], direction: Direction): number[] {
  const present = values.filter((value): value is number => value !== null && Number.isFinite(value));
  if (present.length < 2) return [];
  const best = direction === "higher" ? Math.max(...present) : Math.min(...present);
  return values.flatMap((value, i) => (value === best ? [i] : []));
}

/** Fairness: parity differences should be small, the disparate impact ratio close to 1 (so high). */
export const FAIRNESS_DIRECTIONS = { DPD: "lower", DIR: "higher", EOD: "lower" } as const satisfies Record<
  string,
  Direction
>;

/**
 * Drift: every distance is better small, but the KS p-value is the chance of seeing such a difference
 * with no drift at all, so there a larger value is the better one.
 */
export const driftDirection = (metric: string): Direction => (metric === "KS_PVALUE" ? "higher" : "lower");
