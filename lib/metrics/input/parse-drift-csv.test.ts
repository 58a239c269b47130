import { describe, expect, it } from "vitest";
import { MetricInputError } from "../input-error";
import { readDriftSamplesJson } from "./drift-samples";
import { readObservations } from "./drift-observations";
import { parseDriftCsv } from "./parse-drift-csv";

const problemsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as MetricInputError).problems;
  }
  throw new Error("expected a MetricInputError");
};

describe("parseDriftCsv", () => {
  it("reads numeric and categorical columns, skipping empty cells", async () => {
    const features = await parseDriftCsv("age,region\n31,eu\n45,\n,us\n", "region,age\nus,29\neu,50\n");
    expect(features).toEqual([
      { feature: "age", reference: [31, 45], current: [29, 50] },
      { feature: "region", reference: ["eu", "us"], current: ["us", "eu"] },
    ]);
  });

  it("refuses NaN in a numeric column and a missing column, naming file, row and column", async () => {
    const error = (await parseDriftCsv("age,income\n1,10\n2,NaN\n3,12\n", "age\n4\n").catch(
      (e: unknown) => e,
    )) as MetricInputError;
    expect(error.problems).toEqual([
      { row: 2, column: "reference: income", message: 'Not a finite number: "NaN"' },
      { row: 0, column: "reference: income", message: "Not a column of the current file" },
    ]);
  });
});

describe("readDriftSamplesJson", () => {
  it("reads one feature or several, with their window", () => {
    const one = readDriftSamplesJson({
      feature: "age",
      reference: [1, 2],
      current: [2, 3],
      windowStart: "2026-11-01T00:00:00+01:00",
      windowEnd: "2026-11-02T00:00:00Z",
    });
    expect(one.windowStart.toISOString()).toBe("2026-10-31T23:00:00.000Z");
    expect(one.samples).toEqual([{ feature: "age", reference: [1, 2], current: [2, 3] }]);
  });

  it("refuses mixed kinds and a window that ends before it starts", () => {
    expect(
      problemsOf(() =>
        readDriftSamplesJson({
          feature: "age",
          reference: [1, 2, "x"],
          current: ["a"],
          windowStart: "2026-11-02T00:00:00Z",
          windowEnd: "2026-11-01T00:00:00Z",
        }),
      ),
    ).toEqual([
      { row: null, column: "windowEnd", message: "Must be after windowStart" },
      { row: 3, column: "reference", message: 'Not a number in a numeric sample: "x"' },
      { row: null, column: "current", message: "The reference of age is numbers, the current sample text" },
    ]);
  });
});

describe("readObservations", () => {
  const good = {
    feature: "age",
    metric: "PSI",
    value: 0.1,
    windowStart: "2026-11-01T00:00:00Z",
    windowEnd: "2026-11-02T00:00:00Z",
  };

  it("turns observations into columns, window times in UTC", () => {
    const columns = readObservations([good, { ...good, metric: "KS", value: null, currentSize: 40 }]);
    expect(columns.metric).toEqual(["PSI", "KS"]);
    expect(columns.value).toEqual([0.1, null]);
    expect(columns.currentSize).toEqual([null, 40]);
    expect(columns.windowEnd[0]).toBe("2026-11-02T00:00:00.000Z");
  });

  it("names the observation and field of each problem", () => {
    expect(problemsOf(() => readObservations([good, { ...good, metric: "psi", value: "1" }]))).toEqual([
      { row: 2, column: "metric", message: "One of PSI, KS, KS_PVALUE, JS, WASSERSTEIN" },
      { row: 2, column: "value", message: "A finite number, or null when it could not be computed" },
    ]);
  });
});
