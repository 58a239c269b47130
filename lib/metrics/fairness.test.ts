import { describe, expect, it } from "vitest";
import { seededRandom } from "@/lib/random/seeded";
import { computeFairness, type FairnessRow } from "./fairness";
import { MetricInputError } from "./input-error";
// Expected values: lib/metrics/reference/reference_values.py, worked out there by hand from Fairlearn's
// definitions (selection rate, TPR and FPR with zero_division=0, max - min and min / max over groups).
import reference from "./reference/reference-values.json";

type Counts = Record<string, [tp: number, fn: number, fp: number, tn: number]>;
type Expected = (typeof reference.fairness)[number]["expected"];
type FairnessCase = { name: string; counts?: Counts; seed?: number; expected: Expected };

/** The rows of each group from its confusion matrix, interleaved so that order cannot matter. */
function rowsFromCounts(counts: Counts): FairnessRow[] {
  const rows: FairnessRow[] = [];
  for (const [group, [tp, fn, fp, tn]] of Object.entries(counts)) {
    const push = (n: number, yTrue: 0 | 1, yPred: 0 | 1) => {
      for (let i = 0; i < n; i++) rows.push({ group, yTrue, yPred });
    };
    push(tp, 1, 1);
    push(fn, 1, 0);
    push(fp, 0, 1);
    push(tn, 0, 0);
  }
  return rows.reverse();
}

/** The recipe of the random case in reference_values.py: the same draws from mulberry32. */
function randomFairnessRows(seed: number): FairnessRow[] {
  const random = seededRandom(seed);
  const groups = ["18-29", "30-44", "45-59", "60+"];
  return Array.from({ length: 5000 }, () => {
    const index = Math.floor(random.next() * 4);
    const yTrue = random.next() < 0.4 ? 1 : 0;
    const hit = yTrue === 1 ? 0.85 - 0.1 * index : 0.05 + 0.02 * index;
    return { group: groups[index]!, yTrue, yPred: random.next() < hit ? 1 : 0 };
  });
}

function expectReport(rows: FairnessRow[], expected: Expected) {
  const report = computeFairness(rows);
  expect(report.rowCount).toBe(rows.length);
  expect(report.groups.map((g) => g.group)).toEqual(expected.groups.map((g) => g.group));
  report.groups.forEach((group, i) => {
    const want = expected.groups[i]!;
    expect(group.selectionRate).toBeCloseTo(want.selectionRate, 12);
    expect(group.truePositiveRate).toBeCloseTo(want.truePositiveRate, 12);
    expect(group.falsePositiveRate).toBeCloseTo(want.falsePositiveRate, 12);
  });
  expect(report.demographicParityDifference).toBeCloseTo(expected.demographicParityDifference, 12);
  if (expected.disparateImpactRatio === null) expect(report.disparateImpactRatio).toBeNull();
  else expect(report.disparateImpactRatio).toBeCloseTo(expected.disparateImpactRatio, 12);
  expect(report.equalizedOddsDifference).toBeCloseTo(expected.equalizedOddsDifference, 12);
  expect(report.warnings).toHaveLength(expected.warnings);
  return report;
}

describe("computeFairness against Fairlearn's definitions", () => {
  for (const c of reference.fairness as unknown as FairnessCase[]) {
    it(c.name, () => {
      const rows = c.counts ? rowsFromCounts(c.counts) : randomFairnessRows(c.seed!);
      expectReport(rows, c.expected);
    });
  }

  it("counts a group with no positive labels as TPR 0 and says so", () => {
    // x: FP 1, TN 1 -> TPR 0/0 -> 0 (Fairlearn), FPR 1/2; y: TP 2, FN 1, TN 1 -> TPR 2/3, FPR 0
    // EOD = max(2/3 - 0, 1/2 - 0) = 2/3
    const report = computeFairness(rowsFromCounts({ x: [0, 0, 1, 1], y: [2, 1, 0, 1] }));
    expect(report.groups[0]).toMatchObject({ group: "x", positives: 0, negatives: 2, truePositiveRate: 0 });
    expect(report.equalizedOddsDifference).toBeCloseTo(2 / 3, 12);
    expect(report.warnings).toEqual([
      expect.stringMatching(/^Group "x" has no positive labels .* counts as 0/),
    ]);
  });

  it("keeps the four-fifths example exact", () => {
    // x: 50 of 100 selected, y: 39 of 100 -> DIR = 0.39 / 0.5 = 0.78, DPD = 0.11
    const selected = (group: string, n: number) =>
      Array.from({ length: 100 }, (_, i): FairnessRow => ({
        group,
        yTrue: (i % 2) as 0 | 1,
        yPred: i < n ? 1 : 0,
      }));
    const report = computeFairness([...selected("x", 50), ...selected("y", 39)]);
    expect(report.disparateImpactRatio).toBeCloseTo(0.78, 12);
    expect(report.demographicParityDifference).toBeCloseTo(0.11, 12);
  });
});

describe("computeFairness refuses rows it cannot count", () => {
  const problemsOf = (rows: unknown[]) => {
    try {
      computeFairness(rows as FairnessRow[]);
    } catch (error) {
      expect(error).toBeInstanceOf(MetricInputError);
      return (error as MetricInputError).problems;
    }
    throw new Error("expected a MetricInputError");
  };

  it("an empty input", () => {
    expect(problemsOf([])).toEqual([
      { row: null, column: null, message: expect.stringContaining("at least one row") },
    ]);
  });

  // Before validation: "1" concatenated into a selection rate of 3.67, a 2 counted twice, NaN poisoned every figure.
  it("a string label, a prediction of 2 and a NaN, naming row and column", () => {
    const problems = problemsOf([
      { group: "a", yTrue: 1, yPred: 1 },
      { group: "a", yTrue: 0, yPred: "1" },
      { group: "b", yTrue: 1, yPred: 2 },
      { group: "b", yTrue: Number.NaN, yPred: 0 },
    ]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [2, "yPred"],
      [3, "yPred"],
      [4, "yTrue"],
    ]);
    expect(problems[0]!.message).toContain('"1"');
  });

  it("null, true, a missing or empty group", () => {
    const problems = problemsOf([{ group: "", yTrue: null, yPred: true }, { yTrue: 0, yPred: 0 }, null]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [1, "group"],
      [1, "yTrue"],
      [1, "yPred"],
      [2, "group"],
      [3, null],
    ]);
  });

  it("the first 20 problems, with the total in the message", () => {
    const rows = Array.from({ length: 30 }, () => ({ group: "a", yTrue: 2, yPred: 0 }));
    try {
      computeFairness(rows as unknown as FairnessRow[]);
      throw new Error("expected a MetricInputError");
    } catch (error) {
      expect((error as MetricInputError).problems).toHaveLength(20);
      expect((error as MetricInputError).message).toMatch(/^30 problems .*first 20 shown/);
    }
  });
});
