import { describe, expect, it } from "vitest";
import { MetricInputError } from "../input-error";
import { readFairnessJson, readLabel } from "./fairness-input";
import { parseFairnessCsv } from "./parse-fairness-csv";

describe("parseFairnessCsv", () => {
  it("gives one row set per group column", async () => {
    const csv = "gender,y_true,age_band,y_pred\nf,1,18-30,0\nm,0,31-50,1\n";
    expect(await parseFairnessCsv(csv)).toEqual([
      {
        attribute: "gender",
        rows: [
          { group: "f", yTrue: 1, yPred: 0 },
          { group: "m", yTrue: 0, yPred: 1 },
        ],
      },
      {
        attribute: "age_band",
        rows: [
          { group: "18-30", yTrue: 1, yPred: 0 },
          { group: "31-50", yTrue: 0, yPred: 1 },
        ],
      },
    ]);
  });

  it("names a lone group column after the attribute asked for", async () => {
    const [report] = await parseFairnessCsv("group,y_true,y_pred\na,1,1\n", "region");
    expect(report!.attribute).toBe("region");
  });

  it("refuses labels other than 0 and 1, and empty groups, naming row and column", async () => {
    const csv = "group,y_true,y_pred\na,2,1\n,1,0\nb,1,1.0\n";
    const error = (await parseFairnessCsv(csv).catch((e: unknown) => e)) as MetricInputError;
    expect(error.problems).toEqual([
      { row: 1, column: "y_true", message: 'Must be 0 or 1, not "2"' },
      { row: 2, column: "group", message: "Required: the row's group" },
      { row: 3, column: "y_pred", message: 'Must be 0 or 1, not "1.0"' },
    ]);
  });

  it("needs y_true, y_pred and a group column", async () => {
    const error = (await parseFairnessCsv("y_true,y_pred\n1,1\n").catch(
      (e: unknown) => e,
    )) as MetricInputError;
    expect(error.problems).toEqual([{ row: 0, column: "a group column", message: "Missing column" }]);
  });
});

describe("readFairnessJson", () => {
  it('reads labels as numbers or the strings "0" and "1"', () => {
    expect(readLabel("1")).toBe(1);
    expect(readLabel(0)).toBe(0);
    expect([readLabel(2), readLabel("yes"), readLabel(Number.NaN), readLabel(true)]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(readFairnessJson({ attribute: "g", rows: [{ group: "a", yTrue: "1", yPred: 0 }] })).toEqual([
      { attribute: "g", rows: [{ group: "a", yTrue: 1, yPred: 0 }] },
    ]);
  });

  it("refuses a string label, a 2 and a NaN, naming each row", () => {
    const rows = [
      { group: "a", yTrue: "one", yPred: 1 },
      { group: "a", yTrue: 1, yPred: 2 },
      { group: "b", yTrue: null, yPred: 1 },
    ];
    expect(() => readFairnessJson({ attribute: "g", rows })).toThrow(MetricInputError);
    try {
      readFairnessJson({ attribute: "g", rows });
    } catch (error) {
      expect((error as MetricInputError).problems.map((p) => [p.row, p.column])).toEqual([
        [1, "yTrue"],
        [2, "yPred"],
        [3, "yTrue"],
      ]);
    }
  });
});
