import { describe, expect, it } from "vitest";
import { MetricInputError } from "../input-error";
import { parseEvaluationCsv } from "./parse-evaluation-csv";

const problemsOf = async (csv: string) => {
  const error = await parseEvaluationCsv(csv).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(MetricInputError);
  return (error as MetricInputError).problems;
};

describe("parseEvaluationCsv", () => {
  it("groups rows into one run per suite, in order, with quoted cells and slices", async () => {
    const csv = [
      "suite,metric,value,higher_is_better,slice",
      "mmlu,accuracy,0.71,true,",
      '"held-out, v2",f1,0.8,1,"region=""EU"""',
      "mmlu,loss,1.2,FALSE,",
    ].join("\r\n");
    const runs = await parseEvaluationCsv(csv);
    expect(
      runs.map((r) => [
        r.suite,
        r.source,
        r.metrics.map((m) => [m.name, m.value, m.higherIsBetter, m.slice]),
      ]),
    ).toEqual([
      [
        "mmlu",
        "CSV",
        [
          ["accuracy", 0.71, true, null],
          ["loss", 1.2, false, null],
        ],
      ],
      ["held-out, v2", "CSV", [["f1", 0.8, true, 'region="EU"']]],
    ]);
  });

  it("reads a stream of chunks split anywhere", async () => {
    async function* chunks() {
      yield "suite,metric,val";
      yield "ue,higher_is_better\nmmlu,acc";
      yield "uracy,0.5,true\n";
    }
    const runs = await parseEvaluationCsv(chunks());
    expect(runs[0]!.metrics[0]).toMatchObject({ name: "accuracy", value: 0.5 });
  });

  it("names the row and column of every bad cell", async () => {
    const csv = [
      "suite,metric,value,higher_is_better",
      "a,m,NaN,true",
      "a,,1,maybe",
      "a,m,Infinity,true",
    ].join("\n");
    expect(await problemsOf(csv)).toEqual([
      { row: 1, column: "value", message: 'Not a finite number: "NaN"' },
      { row: 2, column: "metric", message: "Required" },
      { row: 2, column: "higher_is_better", message: 'Must be true or false, not "maybe"' },
      { row: 3, column: "value", message: 'Not a finite number: "Infinity"' },
    ]);
  });

  it("refuses a header without the required columns or with unknown ones", async () => {
    expect(await problemsOf("suite,metric,score\n")).toEqual([
      { row: 0, column: "value", message: "Missing column" },
      { row: 0, column: "higher_is_better", message: "Missing column" },
      expect.objectContaining({ row: 0, column: "score" }),
    ]);
  });

  it("stops at 20 problems however long the file", async () => {
    const rows = Array.from({ length: 500 }, () => "a,m,x,true");
    const error = (await parseEvaluationCsv(
      ["suite,metric,value,higher_is_better", ...rows].join("\n"),
    ).catch((e: unknown) => e)) as MetricInputError;
    expect(error.problems).toHaveLength(20);
    expect(error.problems[19]!.row).toBe(20);
  });

  it("refuses an unclosed quote, naming the row", async () => {
    const problems = await problemsOf('suite,metric,value,higher_is_better\na,m,1,true\n"b,m,1,true\n');
    expect(problems[0]).toMatchObject({ row: 2, column: null });
  });
});
