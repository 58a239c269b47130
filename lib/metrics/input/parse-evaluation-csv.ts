/**
 * An evaluation CSV (`suite,metric,value,higher_is_better[,slice]`, one metric per row) as one run per
 * suite, in the order the suites first appear. Every problem is collected with its row and column.
 */
import { MetricInputError, ProblemList } from "../input-error";
import {
  EVALUATION_LIMITS,
  NO_PROVENANCE,
  readBoolean,
  readFiniteNumber,
  type EvaluationRunInput,
} from "./evaluation-input";
import { checkHeader, readCsv, type CsvSource } from "./read-csv";

const REQUIRED = ["suite", "metric", "value", "higher_is_better"] as const;
const OPTIONAL = ["slice"] as const;
const KNOWN = new Set<string>([...REQUIRED, ...OPTIONAL]);

export async function parseEvaluationCsv(source: CsvSource): Promise<EvaluationRunInput[]> {
  const problems = new ProblemList();
  let index: Record<string, number> = {};
  const runs = new Map<string, EvaluationRunInput>();
  const records = readCsv(source, (header) => {
    const names = checkHeader(header.map((name) => name.toLowerCase()));
    const missing = REQUIRED.filter((name) => !names.includes(name));
    const unknown = names.filter((name) => !KNOWN.has(name));
    if (missing.length || unknown.length)
      throw new MetricInputError([
        ...missing.map((name) => ({ row: 0, column: name, message: "Missing column" })),
        ...unknown.map((name) => ({
          row: 0,
          column: name,
          message: `Unknown column (expected ${[...REQUIRED, ...OPTIONAL].join(", ")})`,
        })),
      ]);
    index = Object.fromEntries(names.map((name, i) => [name, i]));
  });
  for await (const { row, cells } of records) {
    const cell = (name: string) => (index[name] === undefined ? "" : (cells[index[name]!] ?? ""));
    const text = (name: string, required: boolean) => {
      const value = cell(name);
      if (required && !value) problems.add(row, name, "Required");
      else if (value.length > EVALUATION_LIMITS.text)
        problems.add(row, name, `At most ${EVALUATION_LIMITS.text} characters`);
      return value;
    };
    const suite = text("suite", true);
    const name = text("metric", true);
    const slice = text("slice", false);
    const value = readFiniteNumber(cell("value"));
    if (value === null) problems.add(row, "value", `Not a finite number: "${cell("value")}"`);
    const higherIsBetter = readBoolean(cell("higher_is_better"));
    if (higherIsBetter === null)
      problems.add(row, "higher_is_better", `Must be true or false, not "${cell("higher_is_better")}"`);
    if (problems.total > 0) {
      if (problems.full) break;
      continue;
    }
    let run = runs.get(suite);
    if (!run) {
      if (runs.size >= EVALUATION_LIMITS.runsPerUpload)
        problems.add(row, "suite", `At most ${EVALUATION_LIMITS.runsPerUpload} suites per upload`);
      run = { suite, datasetVersionId: null, source: "CSV", ...NO_PROVENANCE, metrics: [] };
      runs.set(suite, run);
    }
    if (run.metrics.length >= EVALUATION_LIMITS.metricsPerRun)
      problems.add(row, "metric", `At most ${EVALUATION_LIMITS.metricsPerRun} metrics per suite`);
    run.metrics.push({
      name,
      value: value!,
      higherIsBetter: higherIsBetter!,
      slice: slice || null,
      type: null,
      displayName: null,
    });
  }
  problems.throwIfAny();
  if (runs.size === 0)
    throw new MetricInputError([{ row: null, column: null, message: "The file has no metrics" }]);
  return [...runs.values()];
}
