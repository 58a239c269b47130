import { NO_PROVENANCE, type EvaluationMetricInput } from "@/lib/metrics/input/evaluation-input";
import type { Random } from "@/lib/random/seeded";
import { insertEvaluationRuns } from "@/lib/server/metrics/insert-evaluation-runs";
import { EVALUATIONS, SUITES, type SuiteSpec } from "./tables/evaluations";
import { DAY_MS, datasetVersionOf, versionOf, type SeedContext } from "./seed-context";

/**
 * One run per version and suite, with the overall metrics and, where the suite has them, slices,
 * recorded as the evaluations API records them (runs, metrics, one event per run).
 */
export async function seedEvaluations(ctx: SeedContext) {
  for (const [key, scores] of Object.entries(EVALUATIONS)) {
    const version = versionOf(ctx, key);
    // Bases are scored a little after they are mirrored; fine-tunes the day after training.
    const ranAt = new Date(
      Math.min(version.createdAt.getTime() + (version.kind === "BASE" ? 2 : 1) * DAY_MS, ctx.today.getTime()),
    );
    const planned = Object.entries(scores).map(([suite, values]) => {
      const spec = SUITES[suite];
      if (!spec) throw new Error(`seed data uses an unknown evaluation suite ${suite}`);
      const datasetVersionId = spec.dataset ? datasetVersionOf(ctx, spec.dataset).id : null;
      return { suite, datasetVersionId, metrics: metricsOf(ctx.random, suite, spec, values) };
    });
    await insertEvaluationRuns(ctx.tx, {
      versionId: version.id,
      actor: ctx.users[version.createdBy],
      now: ranAt,
      runs: planned.map((run) => ({ ...run, source: "API", ...NO_PROVENANCE })),
    });
  }
}

function metricsOf(
  random: Random,
  suite: string,
  spec: SuiteSpec,
  values: Record<string, number>,
): EvaluationMetricInput[] {
  const metrics = Object.entries(values).map(([name, value]) => {
    const higherIsBetter = spec.metrics[name];
    if (higherIsBetter === undefined) throw new Error(`suite ${suite} has no metric ${name}`);
    return { name, value, higherIsBetter, slice: null, type: null, displayName: null };
  });
  const sliced = spec.slices;
  if (!sliced || values[sliced.metric] === undefined) return metrics;
  const overall = values[sliced.metric]!;
  const slices = Object.entries(sliced.offsets).map(([slice, offset]) => ({
    name: sliced.metric,
    value: Math.min(1, Math.round((overall + offset + random.normal(0, 0.004)) * 1000) / 1000),
    higherIsBetter: spec.metrics[sliced.metric]!,
    slice,
    type: null,
    displayName: null,
  }));
  return [...metrics, ...slices];
}
