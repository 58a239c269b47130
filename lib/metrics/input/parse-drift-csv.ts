/**
 * Drift samples as CSV: one column per feature, one value per row, a file for the reference and one for
 * the current window. An empty cell is a missing value (features may have samples of different sizes).
 * Problems name the file (`reference`/`current`), the row and the feature's column.
 */
import { MetricInputError, ProblemList } from "../input-error";
import { checkPair, DRIFT_LIMITS, readSample, type FeatureSamples, type Sample } from "./drift-samples";
import { checkHeader, readCsv, type CsvSource } from "./read-csv";

async function readColumns(
  source: CsvSource,
  side: string,
  problems: ProblemList,
): Promise<Map<string, Sample>> {
  let header: string[] = [];
  const cells: string[][] = [];
  const rows: number[][] = [];
  const records = readCsv(source, (names) => {
    header = checkHeader(names);
    if (header.length > DRIFT_LIMITS.features)
      throw new MetricInputError([
        { row: 0, column: null, message: `At most ${DRIFT_LIMITS.features} feature columns` },
      ]);
    header.forEach((_, i) => ((cells[i] = []), (rows[i] = [])));
  });
  for await (const { row, cells: record } of records) {
    if (record.length !== header.length) {
      problems.add(row, side, `Expected ${header.length} cells as the header has, found ${record.length}`);
      if (problems.full) break;
      continue;
    }
    record.forEach((value, i) => {
      if (value === "") return;
      cells[i]!.push(value);
      rows[i]!.push(row);
    });
  }
  return new Map(
    header.map((name, i) => [name, readSample(cells[i]!, `${side}: ${name}`, problems, rows[i])]),
  );
}

/** The features of both files, paired by column name; each file must have the same columns. */
export async function parseDriftCsv(reference: CsvSource, current: CsvSource): Promise<FeatureSamples[]> {
  const problems = new ProblemList();
  const referenceColumns = await readColumns(reference, "reference", problems);
  const currentColumns = await readColumns(current, "current", problems);
  for (const name of currentColumns.keys())
    if (!referenceColumns.has(name))
      problems.add(0, `current: ${name}`, "Not a column of the reference file");
  const pairs = [...referenceColumns].map(([feature, sample]) => {
    const pair = { feature, reference: sample, current: currentColumns.get(feature) ?? [] };
    if (!currentColumns.has(feature))
      problems.add(0, `reference: ${feature}`, "Not a column of the current file");
    else checkPair(pair, problems, `${feature}: `);
    return pair;
  });
  problems.throwIfAny();
  return pairs;
}
