/**
 * A predictions CSV for fairness: `y_true`, `y_pred`, and one column per protected attribute (every
 * other column; a lone `group` column is the attribute `attributeName` names, else `group`). Gives one
 * row set per attribute, so one upload makes one report per attribute.
 */
import type { FairnessRow } from "@/lib/metrics/fairness";
import { MetricInputError, ProblemList } from "../input-error";
import { FAIRNESS_LIMITS, readGroup, readLabel, type FairnessInput } from "./fairness-input";
import { checkHeader, readCsv, type CsvSource } from "./read-csv";

export async function parseFairnessCsv(source: CsvSource, attributeName?: string): Promise<FairnessInput[]> {
  const problems = new ProblemList();
  let header: string[] = [];
  let attributes: { name: string; index: number }[] = [];
  let yTrueAt = -1;
  let yPredAt = -1;
  const records = readCsv(source, (cells) => {
    header = checkHeader(cells);
    const lower = header.map((name) => name.toLowerCase());
    yTrueAt = lower.indexOf("y_true");
    yPredAt = lower.indexOf("y_pred");
    attributes = header.flatMap((name, index) =>
      index === yTrueAt || index === yPredAt ? [] : [{ name, index }],
    );
    const missing = [
      ...(yTrueAt < 0 ? ["y_true"] : []),
      ...(yPredAt < 0 ? ["y_pred"] : []),
      ...(attributes.length ? [] : ["a group column"]),
    ];
    if (missing.length)
      throw new MetricInputError(missing.map((column) => ({ row: 0, column, message: "Missing column" })));
    if (attributeName && attributes.length === 1) attributes[0]!.name = attributeName;
  });
  const rows: FairnessRow[][] = [];
  let count = 0;
  for await (const { row, cells } of records) {
    if (++count > FAIRNESS_LIMITS.rows) {
      problems.add(row, null, `At most ${FAIRNESS_LIMITS.rows} rows`);
      break;
    }
    if (cells.length !== header.length)
      problems.add(row, null, `Expected ${header.length} cells as the header has, found ${cells.length}`);
    const yTrue = readLabel(cells[yTrueAt]);
    const yPred = readLabel(cells[yPredAt]);
    if (yTrue === null) problems.add(row, header[yTrueAt]!, `Must be 0 or 1, not "${cells[yTrueAt] ?? ""}"`);
    if (yPred === null) problems.add(row, header[yPredAt]!, `Must be 0 or 1, not "${cells[yPredAt] ?? ""}"`);
    const groups = attributes.map(({ index }) => readGroup(cells[index]));
    groups.forEach((group, i) => {
      if (group === null) problems.add(row, header[attributes[i]!.index]!, "Required: the row's group");
    });
    if (problems.full) break;
    if (problems.total > 0) continue;
    groups.forEach((group, i) => (rows[i] ??= []).push({ group: group!, yTrue: yTrue!, yPred: yPred! }));
  }
  problems.throwIfAny();
  if (count === 0) throw new MetricInputError([{ row: null, column: null, message: "The file has no rows" }]);
  return attributes.map(({ name }, i) => ({ attribute: name, rows: rows[i]! }));
}
