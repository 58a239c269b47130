/**
 * Evaluation runs from a model card's `model-index` results (parsed by lib/formats). A metric's
 * identifier is its `type` (what the Hub keys on), else the card's name; `displayName` is the card's
 * name only when it gives one. A metric whose direction is neither known from its type or name nor
 * given in `directions` cannot be compared, so it is returned apart for the caller to refuse or skip.
 */
import type { ModelCardEvaluation } from "@/lib/formats/model-card-evaluations";
import type { EvaluationRunInput, EvaluationSourceKind } from "./evaluation-input";

export type UndirectedMetric = { suite: string; metric: string };

export function runsFromModelIndex(
  evaluations: readonly ModelCardEvaluation[],
  source: EvaluationSourceKind,
  directions: Readonly<Record<string, boolean>> = {},
): { runs: EvaluationRunInput[]; undirected: UndirectedMetric[] } {
  const undirected: UndirectedMetric[] = [];
  const runs = evaluations.flatMap((evaluation) => {
    const metrics = evaluation.metrics.flatMap((metric) => {
      const name = (metric.type ?? metric.name)!;
      const higherIsBetter = directions[name] ?? metric.higherIsBetter;
      if (higherIsBetter === undefined) {
        undirected.push({ suite: evaluation.suite, metric: name });
        return [];
      }
      return [
        {
          name,
          value: metric.value,
          higherIsBetter,
          slice: null,
          type: metric.type,
          displayName: metric.name,
        },
      ];
    });
    if (!metrics.length) return [];
    return [
      {
        suite: evaluation.suite,
        datasetVersionId: null,
        source,
        taskType: evaluation.task,
        taskName: evaluation.taskName,
        datasetName: evaluation.datasetName,
        datasetType: evaluation.dataset,
        datasetConfig: evaluation.datasetConfig,
        datasetSplit: evaluation.datasetSplit,
        metrics,
      } satisfies EvaluationRunInput,
    ];
  });
  return { runs, undirected };
}
