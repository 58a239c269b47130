/**
 * One evaluation run as every source hands it to the recorder: the API's JSON, a CSV upload, a
 * model-index block, the registration form. `name` is the metric's identifier (what policies and
 * comparisons match on); `type` and `displayName` are kept only when the source says them.
 */
export type EvaluationSourceKind = "API" | "CSV" | "MODEL_INDEX" | "REGISTRATION";

export type EvaluationMetricInput = {
  name: string;
  value: number;
  higherIsBetter: boolean;
  slice: string | null;
  type: string | null;
  displayName: string | null;
};

export type EvaluationProvenance = {
  taskType: string | null;
  taskName: string | null;
  datasetName: string | null;
  datasetType: string | null;
  datasetConfig: string | null;
  datasetSplit: string | null;
};

export type EvaluationRunInput = EvaluationProvenance & {
  suite: string;
  datasetVersionId: string | null;
  source: EvaluationSourceKind;
  metrics: EvaluationMetricInput[];
};

export const NO_PROVENANCE: EvaluationProvenance = {
  taskType: null,
  taskName: null,
  datasetName: null,
  datasetType: null,
  datasetConfig: null,
  datasetSplit: null,
};

/** Limits shared by every source, so a CSV and a JSON body are held to the same rules. */
export const EVALUATION_LIMITS = { text: 200, metricsPerRun: 5_000, runsPerUpload: 200 } as const;

const TRUE = new Set(["true", "1", "yes", "y"]);
const FALSE = new Set(["false", "0", "no", "n"]);

/** `higher_is_better` as a CSV writes it: true/false, 1/0, yes/no (any case); null when unreadable. */
export function readBoolean(text: string): boolean | null {
  const key = text.trim().toLowerCase();
  return TRUE.has(key) ? true : FALSE.has(key) ? false : null;
}

/** A finite number from a number or numeric text; null otherwise (NaN and Infinity included). */
export function readFiniteNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string" || value.trim() === "") return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}
