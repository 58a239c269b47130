/**
 * The `model-index` block of a model card (the Papers with Code results format the Hub displays) as
 * evaluation runs: one per result, named after its dataset, with numeric metrics. What the card says is
 * kept as it says it: a metric's `type`, its `name` only when given, the task's type and name, the
 * dataset's name, type, config and split.
 */
export type ModelCardMetric = {
  /** the metric's identifier on the Hub (`accuracy`, `rouge`); null when the card gives only a name */
  type: string | null;
  /** the card's label for it (`5-shot accuracy`); null when the card gives none */
  name: string | null;
  value: number;
  higherIsBetter?: boolean;
};
export type ModelCardEvaluation = {
  suite: string;
  /** the task's type (`text-generation`) */
  task: string | null;
  taskName: string | null;
  /** the dataset's type: its Hub id (`cais/mmlu`) */
  dataset: string | null;
  datasetName: string | null;
  datasetConfig: string | null;
  datasetSplit: string | null;
  metrics: ModelCardMetric[];
};

const LOWER_IS_BETTER =
  /(^|[\s_-])(loss|perplexity|ppl|wer|cer|ter|mae|mse|rmse|mape|fid|error|eer|bpb|bits_per_byte)([\s_-]|$)/;
const HIGHER_IS_BETTER =
  /accuracy|^acc\b|f1|precision|recall|bleu|chrf|rouge|meteor|bertscore|exact_match|^em$|auc|pass@|mrr|ndcg|^map$|matthews|spearman|pearson|^r2$|top[\s_-]?\d|code_eval/;

/** Direction of a well-known metric from its type or name; unknown metrics are left for a person to say. */
export function directionOf(metric: string): boolean | undefined {
  const key = metric.trim().toLowerCase();
  if (LOWER_IS_BETTER.test(key)) return false;
  if (HIGHER_IS_BETTER.test(key)) return true;
  return undefined;
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
const str = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function numberOf(value: unknown): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
    return Number(value);
  return null;
}

function metricsOf(result: Record<string, unknown>, suite: string, warnings: string[]): ModelCardMetric[] {
  return list(result.metrics).flatMap((raw) => {
    const metric = record(raw);
    const type = str(metric.type);
    const name = str(metric.name);
    const value = numberOf(metric.value);
    if ((!type && !name) || value === null) {
      warnings.push(`model-index: skipped a metric of "${suite}" without a type or a numeric value`);
      return [];
    }
    const higherIsBetter = (type ? directionOf(type) : undefined) ?? (name ? directionOf(name) : undefined);
    return [{ type, name, value, ...(higherIsBetter === undefined ? {} : { higherIsBetter }) }];
  });
}

export function evaluationsOf(modelIndex: unknown, warnings: string[]): ModelCardEvaluation[] {
  if (modelIndex === undefined || modelIndex === null) return [];
  if (!Array.isArray(modelIndex)) {
    warnings.push("model-index: expected a list of models with results");
    return [];
  }
  return modelIndex.flatMap((rawEntry) => {
    const entry = record(rawEntry);
    return list(entry.results).flatMap((rawResult) => {
      const result = record(rawResult);
      const task = record(result.task);
      const dataset = record(result.dataset);
      const base =
        str(dataset.name) ??
        str(dataset.type) ??
        str(task.name) ??
        str(task.type) ??
        str(entry.name) ??
        "model-index";
      const split = str(dataset.split);
      const suite = split ? `${base} (${split})` : base;
      const metrics = metricsOf(result, suite, warnings);
      if (!metrics.length) return [];
      return [
        {
          suite,
          task: str(task.type),
          taskName: str(task.name),
          dataset: str(dataset.type),
          datasetName: str(dataset.name),
          datasetConfig: str(dataset.config),
          datasetSplit: split,
          metrics,
        },
      ];
    });
  });
}
