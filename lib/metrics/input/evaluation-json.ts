/**
 * The evaluations endpoint's JSON bodies: one run (`{ suite, datasetVersionId?, metrics }`), or a
 * model-index block (`{ modelIndex, higherIsBetter? }`, the latter saying the direction of metrics
 * the registry does not know). Problems of a metric name its position (`row`) and field.
 */
import { parseModelCard } from "@/lib/formats/model-card";
import { evaluationsOf, type ModelCardEvaluation } from "@/lib/formats/model-card-evaluations";
import { MetricInputError, ProblemList } from "../input-error";
import {
  EVALUATION_LIMITS,
  NO_PROVENANCE,
  readFiniteNumber,
  type EvaluationRunInput,
} from "./evaluation-input";
import { runsFromModelIndex } from "./model-index-runs";

const objectOf = (value: unknown) =>
  (typeof value === "object" && value !== null && !Array.isArray(value) ? value : {}) as Record<
    string,
    unknown
  >;

function text(value: unknown, row: number | null, column: string, problems: ProblemList, required: boolean) {
  if (value === undefined || value === null) {
    if (required) problems.add(row, column, "Required");
    return null;
  }
  if (typeof value !== "string" || !value.trim() || value.length > EVALUATION_LIMITS.text) {
    problems.add(row, column, `Text of 1 to ${EVALUATION_LIMITS.text} characters`);
    return null;
  }
  return value.trim();
}

export function readEvaluationJson(body: unknown): EvaluationRunInput[] {
  const record = objectOf(body);
  if (record.modelIndex === undefined) return [readRun(record)];
  const warnings: string[] = [];
  return readModelIndex(evaluationsOf(record.modelIndex, warnings), warnings, record.higherIsBetter);
}

/**
 * A model card's text (README.md): the `model-index` of its front matter. Unreadable YAML throws the
 * card parser's FormatParseError, which names the line.
 */
export function readEvaluationCard(text: string, higherIsBetter: Record<string, boolean> = {}) {
  const card = parseModelCard(text);
  const warnings = card.warnings.filter((warning) => warning.startsWith("model-index"));
  return readModelIndex(card.evaluations, warnings, higherIsBetter);
}

function readRun(record: Record<string, unknown>): EvaluationRunInput {
  const problems = new ProblemList();
  const suite = text(record.suite, null, "suite", problems, true);
  const datasetVersionId = text(record.datasetVersionId, null, "datasetVersionId", problems, false);
  const list = record.metrics;
  if (!Array.isArray(list) || list.length === 0 || list.length > EVALUATION_LIMITS.metricsPerRun)
    problems.add(null, "metrics", `A list of 1 to ${EVALUATION_LIMITS.metricsPerRun} metrics`);
  const metrics = (Array.isArray(list) ? list.slice(0, EVALUATION_LIMITS.metricsPerRun) : []).map(
    (raw, index) => {
      const metric = objectOf(raw);
      const row = index + 1;
      const name = text(metric.name, row, "name", problems, true);
      const value = readFiniteNumber(metric.value);
      if (value === null || typeof metric.value !== "number") problems.add(row, "value", "A finite number");
      if (typeof metric.higherIsBetter !== "boolean") problems.add(row, "higherIsBetter", "true or false");
      const slice = text(metric.slice, row, "slice", problems, false);
      return {
        name: name!,
        value: value!,
        higherIsBetter: metric.higherIsBetter === true,
        slice,
        type: null,
        displayName: null,
      };
    },
  );
  problems.throwIfAny();
  return { suite: suite!, datasetVersionId, source: "API", ...NO_PROVENANCE, metrics };
}

function readModelIndex(
  evaluations: ModelCardEvaluation[],
  warnings: string[],
  higherIsBetter: unknown,
): EvaluationRunInput[] {
  const directions = objectOf(higherIsBetter);
  const problems = new ProblemList();
  for (const [name, direction] of Object.entries(directions))
    if (typeof direction !== "boolean") problems.add(null, `higherIsBetter.${name}`, "true or false");
  const { runs, undirected } = runsFromModelIndex(
    evaluations,
    "MODEL_INDEX",
    directions as Record<string, boolean>,
  );
  for (const warning of warnings) problems.add(null, "modelIndex", warning);
  for (const { suite, metric } of undirected)
    problems.add(
      null,
      `modelIndex: ${suite}: ${metric}`,
      `Whether higher is better is not known: say it in higherIsBetter.${metric}`,
    );
  problems.throwIfAny();
  if (runs.length === 0)
    throw new MetricInputError([{ row: null, column: "modelIndex", message: "No results with metrics" }]);
  return runs;
}
