/**
 * PLACEHOLDER (ingest branch): the signature the metrics branch's rewrite lands with (Fairlearn's 0 for
 * an undefined rate, `negatives`, `warnings`, label checks), so ingestion compiles before the merge.
 * The lead keeps the metrics branch's file instead of this one.
 *
 * Group fairness of a binary classifier from rows of (group, y_true, y_pred), with the definitions of
 * Fairlearn: `selection_rate`, `demographic_parity_difference` and `demographic_parity_ratio`
 * (method "between_groups"), `equalized_odds_difference` (agg "worst_case").
 *
 * One deliberate difference: Fairlearn takes TPR and FPR from scikit-learn's normalised confusion
 * matrix, which turns 0/0 into 0, so a group with no positives counts as TPR 0 and widens the gap.
 * Here a rate with no denominator is undefined (null) and left out of the gap; with both classes
 * present in every group the two agree exactly.
 */

import { MetricInputError, ProblemList } from "./input-error";

export type FairnessRow = { group: string; yTrue: 0 | 1; yPred: 0 | 1 };

export type GroupRates = {
  group: string;
  count: number;
  /** rows with y_true = 1: the denominator of the true positive rate */
  positives: number;
  negatives: number;
  /** rows with y_pred = 1: the numerator of the selection rate */
  predictedPositives: number;
  selectionRate: number;
  truePositiveRate: number;
  falsePositiveRate: number;
};

export type FairnessSummary = {
  rowCount: number;
  /** sorted by group name, so the same rows always give the same report */
  groups: GroupRates[];
  demographicParityDifference: number;
  /** null when every group has a selection rate of 0 */
  disparateImpactRatio: number | null;
  equalizedOddsDifference: number;
  warnings: string[];
};

/** The four-fifths rule of the US Uniform Guidelines: a disparate impact ratio below 0.8 flags adverse impact. */
export const FOUR_FIFTHS_THRESHOLD = 0.8;

type Tally = {
  count: number;
  positives: number;
  negatives: number;
  predictedPositives: number;
  truePositives: number;
  falsePositives: number;
};

export function computeFairness(rows: readonly FairnessRow[]): FairnessSummary {
  if (rows.length === 0) throw new MetricInputError([{ row: null, column: null, message: "No rows" }]);
  const problems = new ProblemList();
  rows.forEach((row, index) => {
    if (row.yTrue !== 0 && row.yTrue !== 1) problems.add(index + 1, "yTrue", "Must be 0 or 1");
    if (row.yPred !== 0 && row.yPred !== 1) problems.add(index + 1, "yPred", "Must be 0 or 1");
  });
  problems.throwIfAny();
  const tallies = new Map<string, Tally>();
  for (const { group, yTrue, yPred } of rows) {
    let tally = tallies.get(group);
    if (!tally) {
      tally = {
        count: 0,
        positives: 0,
        negatives: 0,
        predictedPositives: 0,
        truePositives: 0,
        falsePositives: 0,
      };
      tallies.set(group, tally);
    }
    tally.count += 1;
    tally.positives += yTrue;
    tally.negatives += 1 - yTrue;
    tally.predictedPositives += yPred;
    tally.truePositives += yTrue & yPred;
    tally.falsePositives += (1 - yTrue) & yPred;
  }

  const groups: GroupRates[] = [...tallies.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([group, t]) => ({
      group,
      count: t.count,
      positives: t.positives,
      negatives: t.negatives,
      predictedPositives: t.predictedPositives,
      selectionRate: t.predictedPositives / t.count,
      truePositiveRate: t.positives > 0 ? t.truePositives / t.positives : 0,
      falsePositiveRate: t.negatives > 0 ? t.falsePositives / t.negatives : 0,
    }));
  const warnings = [...tallies.entries()].flatMap(([group, t]) =>
    t.positives === 0 ? [`Group ${group} has no positive labels: its true positive rate counts as 0`] : [],
  );

  const selection = groups.map((g) => g.selectionRate);
  const maxSelection = Math.max(...selection);
  const minSelection = Math.min(...selection);
  const tprGap = gap(groups.map((g) => g.truePositiveRate));
  const fprGap = gap(groups.map((g) => g.falsePositiveRate));

  return {
    rowCount: rows.length,
    groups,
    demographicParityDifference: maxSelection - minSelection,
    disparateImpactRatio: maxSelection === 0 ? null : minSelection / maxSelection,
    equalizedOddsDifference: Math.max(tprGap, fprGap),
    warnings,
  };
}

const gap = (rates: number[]) => Math.max(...rates) - Math.min(...rates);
