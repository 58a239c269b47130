import { describe, expect, it } from "vitest";
import { computeDrift, type DriftResult } from "./drift";
import { kstwoSf } from "./drift/kstwo";
import { MetricInputError } from "./input-error";
import { drawSample, type SampleSpec } from "./reference/draw-sample";
// Expected values: lib/metrics/reference/reference_values.py (numpy + SciPy 1.17), see its docstring.
import reference from "./reference/reference-values.json";

type DriftCase = {
  name: string;
  reference: SampleSpec;
  current: SampleSpec;
  expected: Omit<DriftResult, "referenceSize" | "currentSize" | "ks" | "ksPValue" | "wasserstein"> & {
    ks?: number;
    ksPValue?: number;
    wasserstein?: number;
  };
};

describe("computeDrift against SciPy and numpy", () => {
  for (const c of reference.drift as DriftCase[]) {
    it(c.name, () => {
      const result = computeDrift(drawSample(c.reference) as number[], drawSample(c.current) as number[]);
      expect(result.kind).toBe(c.expected.kind);
      expect(result.referenceSize).toBe(c.reference.n);
      expect(result.currentSize).toBe(c.current.n);
      expect(result.bins).toBe(c.expected.bins);
      expect(result.psi).toBeCloseTo(c.expected.psi, 9);
      expect(result.js).toBeCloseTo(c.expected.js, 9);
      if (c.expected.kind === "categorical") {
        expect(result).toMatchObject({ ks: null, ksPValue: null, wasserstein: null });
        return;
      }
      expect(result.ks).toBeCloseTo(c.expected.ks!, 9);
      expect(result.ksPValue).toBeCloseTo(c.expected.ksPValue!, 9);
      expect(result.wasserstein).toBeCloseTo(c.expected.wasserstein!, 9);
    });
  }

  it("answers PSI 0, JS 0, KS 0, p 1 and W 0 for identical samples", () => {
    const sample = [3.5, 1, 2, 2, 9, -4, 0.25];
    expect(computeDrift(sample, [...sample].reverse())).toMatchObject({
      psi: 0,
      js: 0,
      ks: 0,
      ksPValue: 1,
      wasserstein: 0,
    });
  });

  it("treats strings as categories, with unseen ones on both sides", () => {
    // r: a 1/2, b 1/2, c 0 -> 1e-4; q: a 1/4, b 0 -> 1e-4, c 3/4
    // PSI = (1/4-1/2) ln(1/2) + (1e-4-1/2) ln(2e-4) + (3/4-1e-4) ln(7500)
    const result = computeDrift(["a", "b", "a", "b"], ["c", "a", "c", "c"]);
    const psi = -0.25 * Math.log(0.5) + (1e-4 - 0.5) * Math.log(2e-4) + (0.75 - 1e-4) * Math.log(7500);
    // JS: m = (3/8, 1/4, 3/8); D = 1/2 [1/2 ln(4/3) + 1/2 ln 2] + 1/2 [1/4 ln(2/3) + 3/4 ln 2]
    const js = Math.sqrt(
      0.5 * (0.5 * Math.log(4 / 3) + 0.5 * Math.log(2)) + 0.5 * (0.25 * Math.log(2 / 3) + 0.75 * Math.log(2)),
    );
    expect(result).toMatchObject({
      kind: "categorical",
      bins: 3,
      ks: null,
      ksPValue: null,
      wasserstein: null,
    });
    expect(result.psi).toBeCloseTo(psi, 12);
    expect(result.js).toBeCloseTo(js, 12);
  });
});

describe("kstwoSf (SciPy's kstwo.sf) on every branch", () => {
  for (const { n, x, sf } of reference.kstwo) {
    it(`n = ${n}, x = ${x}`, () => expect(kstwoSf(x, n)).toBeCloseTo(sf, 9));
  }
});

describe("computeDrift refuses input it cannot compute on", () => {
  const problems = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(MetricInputError);
      return (error as MetricInputError).problems;
    }
    throw new Error("expected a MetricInputError");
  };

  it("an empty sample", () => {
    expect(problems(() => computeDrift([], [1, 2]))).toEqual([
      { row: null, column: "reference", message: "The reference sample is empty" },
    ]);
  });

  it("NaN, Infinity and non-numbers, naming the row", () => {
    const bad = [1, Number.NaN, 3, Number.POSITIVE_INFINITY, null, "4"] as unknown as number[];
    const found = problems(() => computeDrift([1, 2, 3], bad));
    expect(found.map((p) => [p.row, p.column])).toEqual([
      [2, "current"],
      [4, "current"],
      [5, "current"],
      [6, "current"],
    ]);
  });

  it("numbers mixed with strings", () => {
    const found = problems(() => computeDrift(["a", "b", 3] as unknown as string[], ["a"]));
    expect(found).toEqual([{ row: 3, column: "reference", message: expect.stringContaining("category") }]);
  });

  it("shows the first 20 problems of a long bad sample", () => {
    const found = problems(() =>
      computeDrift(
        Array.from({ length: 50 }, () => Number.NaN),
        [1],
      ),
    );
    expect(found).toHaveLength(20);
    expect(found[19]!.row).toBe(20);
  });
});

describe("computeDrift at scale", () => {
  // The time is measured by `npm run bench -- --only=metrics`; this checks the figures stay right.
  it("computes 1,000,000 values a sample: identical, then translated by 1", () => {
    const sample = drawSample({ seed: 5, n: 1_000_000, shape: "normal", mean: 0, sd: 1 }) as number[];
    expect(computeDrift(sample, sample)).toMatchObject({
      psi: 0,
      js: 0,
      ks: 0,
      ksPValue: 1,
      wasserstein: 0,
      bins: 10,
    });
    const moved = computeDrift(
      sample,
      sample.map((x) => x + 1),
    );
    // a translation by 1 moves every unit of mass by 1; sup |Phi(x) - Phi(x - 1)| = 2 Phi(1/2) - 1 = 0.3829
    expect(moved.wasserstein).toBeCloseTo(1, 9);
    expect(moved.ks).toBeCloseTo(0.3829, 2);
    expect(moved.ksPValue).toBe(0);
    // Two million values drawn and sorted twice: seconds on a loaded CI machine, not the 5 s default.
  }, 60_000);
});
