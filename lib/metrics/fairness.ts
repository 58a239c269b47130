/**
 * Group fairness of a binary classifier from rows of (group, y_true, y_pred), with Fairlearn's
 * definitions: `selection_rate`, `demographic_parity_difference` and `demographic_parity_ratio`
 * (method "between_groups"), `equalized_odds_difference` (agg "worst_case").
 *
 * Fairlearn takes the true and false positive rates from scikit-learn with zero_division=0, so a
 * group with no positive labels has a TPR of 0 (and one with no negative labels an FPR of 0), and that
 * 0 takes part in the gaps. We do the same, and say so in `warnings` rather than hide it.
 */
import { ProblemList } from "./input-error";

export type FairnessRow = { group: string; yTrue: 0 | 1; yPred: 0 | 1 };

export type GroupRates = {
  group: string;
  count: number;
  /** rows with y_true = 1: the denominator of the true positive rate */
  positives: number;
  /** rows with y_true = 0: the denominator of the false positive rate */
  negatives: number;
  /** rows with y_pred = 1: the numerator of the selection rate */
  predictedPositives: number;
  selectionRate: number;
  /** 0 when the group has no y_true = 1 (see `warnings`) */
  truePositiveRate: number;
  /** 0 when the group has no y_true = 0 (see `warnings`) */
  falsePositiveRate: number;
};

export type FairnessReport = {
  rowCount: number;
  /** sorted by group name, so the same rows always give the same report */
  groups: GroupRates[];
  demographicParityDifference: number;
  /** null only when every selection rate is 0 (0 / 0) */
  disparateImpactRatio: number | null;
  equalizedOddsDifference: number;
  /** one sentence per rate that was 0 / 0 and counted as 0 */
  warnings: string[];
};

/** The four-fifths rule of the US Uniform Guidelines: a disparate impact ratio below 0.8 flags adverse impact. */
export const FOUR_FIFTHS_THRESHOLD = 0.8;

type Tally = {
  count: number;
  positives: number;
  predictedPositives: number;
  truePositives: number;
  falsePositives: number;
};

export function computeFairness(rows: readonly FairnessRow[]): FairnessReport {
  validateRows(rows);
  const tallies = new Map<string, Tally>();
  for (const { group, yTrue, yPred } of rows) {
    let tally = tallies.get(group);
    if (!tally) {
      tally = { count: 0, positives: 0, predictedPositives: 0, truePositives: 0, falsePositives: 0 };
      tallies.set(group, tally);
    }
    tally.count += 1;
    tally.positives += yTrue;
    tally.predictedPositives += yPred;
    tally.truePositives += yTrue & yPred;
    tally.falsePositives += (1 - yTrue) & yPred;
  }

  const warnings: string[] = [];
  const groups = [...tallies.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([group, t]): GroupRates => {
      const negatives = t.count - t.positives;
      if (t.positives === 0)
        warnings.push(
          `Group "${group}" has no positive labels (y_true = 1): its true positive rate is undefined and counts as 0, as in Fairlearn.`,
        );
      if (negatives === 0)
        warnings.push(
          `Group "${group}" has no negative labels (y_true = 0): its false positive rate is undefined and counts as 0, as in Fairlearn.`,
        );
      return {
        group,
        count: t.count,
        positives: t.positives,
        negatives,
        predictedPositives: t.predictedPositives,
        selectionRate: t.predictedPositives / t.count,
        truePositiveRate: t.positives === 0 ? 0 : t.truePositives / t.positives,
        falsePositiveRate: negatives === 0 ? 0 : t.falsePositives / negatives,
      };
    });

  const selection = spread(groups.map((g) => g.selectionRate));
  return {
    rowCount: rows.length,
    groups,
    demographicParityDifference: selection.max - selection.min,
    disparateImpactRatio: selection.max === 0 ? null : selection.min / selection.max,
    equalizedOddsDifference: Math.max(
      gap(groups.map((g) => g.truePositiveRate)),
      gap(groups.map((g) => g.falsePositiveRate)),
    ),
    warnings,
  };
}

function spread(values: number[]) {
  return { min: Math.min(...values), max: Math.max(...values) };
}

function gap(values: number[]) {
  const { min, max } = spread(values);
  return max - min;
}

/**
 * The rows usually come from parsed JSON, so the types above are a hope, not a fact: a string "1"
 * would concatenate into the tallies, a 2 would count twice and a NaN poison every figure.
 */
function validateRows(rows: readonly unknown[]): void {
  const problems = new ProblemList();
  if (!Array.isArray(rows) || rows.length === 0) problems.add(null, null, "Fairness needs at least one row");
  else {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (typeof row !== "object" || row === null) {
        problems.add(i + 1, null, "Each row must be an object with group, yTrue and yPred");
        continue;
      }
      const { group, yTrue, yPred } = row as Record<string, unknown>;
      if (typeof group !== "string" || group.length === 0)
        problems.add(i + 1, "group", "The group must be a non-empty string");
      if (yTrue !== 0 && yTrue !== 1)
        problems.add(i + 1, "yTrue", `Must be the number 0 or 1, got ${show(yTrue)}`);
      if (yPred !== 0 && yPred !== 1)
        problems.add(i + 1, "yPred", `Must be the number 0 or 1, got ${show(yPred)}`);
    }
  }
  problems.throwIfAny();
}

function show(value: unknown): string {
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (typeof value === "number") return String(value);
  return value === undefined
    ? "nothing"
    : typeof value === "object"
      ? value === null
        ? "null"
        : "an object"
      : String(value);
}
