import { describe, expect, it } from "vitest";
import { MetricInputError } from "./input-error";
import { computeFairness, type FairnessRow } from "./fairness";

/** The rows of one group, from its confusion matrix. */
function rowsOf(
  group: string,
  { tp = 0, fn = 0, fp = 0, tn = 0 }: { tp?: number; fn?: number; fp?: number; tn?: number },
) {
  const repeat = (n: number, yTrue: 0 | 1, yPred: 0 | 1): FairnessRow[] =>
    Array.from({ length: n }, () => ({ group, yTrue, yPred }));
  return [...repeat(tp, 1, 1), ...repeat(fn, 1, 0), ...repeat(fp, 0, 1), ...repeat(tn, 0, 0)];
}

describe("computeFairness", () => {
  it("gives per-group rates and the three summaries for two groups", () => {
    // a: TP 3, FN 1, FP 1, TN 5 -> selection 4/10 = 0.4, TPR 3/4 = 0.75, FPR 1/6
    // b: TP 1, FN 2, FP 0, TN 2 -> selection 1/5 = 0.2, TPR 1/3, FPR 0
    // DPD = 0.4 - 0.2 = 0.2; DIR = 0.2 / 0.4 = 0.5
    // TPR gap = 3/4 - 1/3 = 5/12 = 0.41666666666667; FPR gap = 1/6 - 0 = 0.16666666666667; EOD = 5/12
    const report = computeFairness([
      ...rowsOf("b", { tp: 1, fn: 2, tn: 2 }),
      ...rowsOf("a", { tp: 3, fn: 1, fp: 1, tn: 5 }),
    ]);
    expect(report.rowCount).toBe(15);
    expect(report.groups.map((g) => g.group)).toEqual(["a", "b"]);
    const [a, b] = report.groups;
    expect(a).toMatchObject({ count: 10, positives: 4, predictedPositives: 4 });
    expect(a!.selectionRate).toBeCloseTo(0.4, 10);
    expect(a!.truePositiveRate).toBeCloseTo(0.75, 10);
    expect(a!.falsePositiveRate).toBeCloseTo(0.1666666666667, 10);
    expect(b).toMatchObject({ count: 5, positives: 3, predictedPositives: 1 });
    expect(b!.selectionRate).toBeCloseTo(0.2, 10);
    expect(b!.truePositiveRate).toBeCloseTo(0.3333333333333, 10);
    expect(b!.falsePositiveRate).toBe(0);
    expect(report.demographicParityDifference).toBeCloseTo(0.2, 10);
    expect(report.disparateImpactRatio).toBeCloseTo(0.5, 10);
    expect(report.equalizedOddsDifference).toBeCloseTo(0.4166666666667, 10);
  });

  it("takes the larger of the TPR and FPR gaps across three groups", () => {
    // g1: TP 1, FP 2, TN 1       -> selection 3/4, TPR 1,   FPR 2/3
    // g2: TP 2, TN 2             -> selection 1/2, TPR 1,   FPR 0
    // g3: TP 1, FN 1, FP 1, TN 4 -> selection 2/7, TPR 1/2, FPR 1/5
    // DPD = 3/4 - 2/7 = 13/28 = 0.46428571428571; DIR = (2/7) / (3/4) = 8/21 = 0.38095238095238
    // TPR gap = 1 - 1/2 = 0.5; FPR gap = 2/3 - 0 = 0.66666666666667 -> EOD = 2/3
    const report = computeFairness([
      ...rowsOf("g1", { tp: 1, fp: 2, tn: 1 }),
      ...rowsOf("g2", { tp: 2, tn: 2 }),
      ...rowsOf("g3", { tp: 1, fn: 1, fp: 1, tn: 4 }),
    ]);
    expect(report.groups[2]!.selectionRate).toBeCloseTo(0.2857142857143, 10);
    expect(report.groups[2]!.falsePositiveRate).toBeCloseTo(0.2, 10);
    expect(report.demographicParityDifference).toBeCloseTo(0.4642857142857, 10);
    expect(report.disparateImpactRatio).toBeCloseTo(0.380952380952381, 10);
    expect(report.equalizedOddsDifference).toBeCloseTo(0.6666666666667, 10);
  });

  it("flags a ratio under the four-fifths rule", () => {
    // x: 50 of 100 selected = 0.5; y: 39 of 100 = 0.39 -> DIR = 0.39 / 0.5 = 0.78, DPD = 0.11
    const selected = (group: string, n: number) =>
      Array.from({ length: 100 }, (_, i): FairnessRow => ({
        group,
        yTrue: (i % 2) as 0 | 1,
        yPred: i < n ? 1 : 0,
      }));
    const report = computeFairness([...selected("x", 50), ...selected("y", 39)]);
    expect(report.disparateImpactRatio).toBeCloseTo(0.78, 10);
    expect(report.demographicParityDifference).toBeCloseTo(0.11, 10);
  });

  it("with one group: no disparity, and equalized odds undefined", () => {
    // selection 1/3; DPD = 1/3 - 1/3 = 0; DIR = 1; a gap needs two groups -> null
    const report = computeFairness(rowsOf("only", { tp: 1, fn: 1, tn: 1 }));
    expect(report.demographicParityDifference).toBe(0);
    expect(report.disparateImpactRatio).toBe(1);
    expect(report.equalizedOddsDifference).toBe(0);
  });

  it("with all-negative predictions: ratio undefined, gaps zero", () => {
    // every selection rate is 0 -> DPD 0, DIR 0/0 -> null; every TPR and FPR is 0 -> EOD 0
    const report = computeFairness([...rowsOf("a", { fn: 1, tn: 1 }), ...rowsOf("b", { fn: 1, tn: 2 })]);
    expect(report.demographicParityDifference).toBe(0);
    expect(report.disparateImpactRatio).toBeNull();
    expect(report.equalizedOddsDifference).toBe(0);
  });

  it("leaves a group with no positives out of the TPR gap", () => {
    // x: FP 1, TN 1         -> selection 1/2, TPR undefined, FPR 1/2
    // y: TP 2, FN 1, TN 1   -> selection 1/2, TPR 2/3,       FPR 0
    // TPR gap: only y defines it -> none; FPR gap = 1/2 -> EOD = 0.5
    // (Fairlearn would count x's TPR as 0 and answer 2/3: see the note in fairness.ts.)
    const report = computeFairness([
      ...rowsOf("x", { fp: 1, tn: 1 }),
      ...rowsOf("y", { tp: 2, fn: 1, tn: 1 }),
    ]);
    expect(report.groups[0]).toMatchObject({
      group: "x",
      positives: 0,
      truePositiveRate: 0,
      falsePositiveRate: 0.5,
    });
    expect(report.groups[1]!.truePositiveRate).toBeCloseTo(0.6666666666667, 10);
    expect(report.demographicParityDifference).toBe(0);
    expect(report.disparateImpactRatio).toBe(1);
    expect(report.equalizedOddsDifference).toBeCloseTo(0.6666666666667, 10);
  });

  it("answers null for equalized odds when no rate is defined for two groups", () => {
    // p has only positives (TPR 1/2, no FPR); n has only negatives (FPR 1/2, no TPR)
    const report = computeFairness([...rowsOf("p", { tp: 1, fn: 1 }), ...rowsOf("n", { fp: 1, tn: 1 })]);
    // Fairlearn: p's FPR and n's TPR count as 0 -> TPR gap 1/2, FPR gap 1/2
    expect(report.equalizedOddsDifference).toBe(0.5);
    expect(report.demographicParityDifference).toBe(0);
  });

  it("refuses an empty input", () => {
    expect(() => computeFairness([])).toThrow(MetricInputError);
  });
});
