import type { Random } from "@/lib/random/seeded";
import { EVALUATIONS, SUITES, type SuiteSpec } from "./tables/evaluations";
import { audit, DAY_MS, datasetVersionOf, versionOf, type SeedContext } from "./seed-context";

type Metric = { name: string; value: number; higherIsBetter: boolean; slice: string | null };

/**
 * One run per version and suite, with the overall metrics and, where the suite has them, slices.
 * A version's runs and their metrics are written in two statements, then audited one run at a time.
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
    const runs = await ctx.tx.evaluationRun.createManyAndReturn({
      data: planned.map(({ suite, datasetVersionId }) => ({
        versionId: version.id,
        suite,
        datasetVersionId,
        createdById: ctx.users[version.createdBy].id,
        createdAt: ranAt,
      })),
      select: { id: true, suite: true },
    });
    const runIdOf = new Map(runs.map((run) => [run.suite, run.id]));
    await ctx.tx.metricValue.createMany({
      data: planned.flatMap((run) =>
        run.metrics.map((metric) => ({ ...metric, runId: runIdOf.get(run.suite)! })),
      ),
    });
    for (const { suite, datasetVersionId, metrics } of planned) {
      await audit(
        ctx,
        version.createdBy,
        "evaluation.recorded",
        { type: "evaluation_run", id: runIdOf.get(suite)! },
        { versionId: version.id, suite, datasetVersionId, metrics },
      );
    }
  }
}

function metricsOf(random: Random, suite: string, spec: SuiteSpec, values: Record<string, number>): Metric[] {
  const metrics = Object.entries(values).map(([name, value]) => {
    const higherIsBetter = spec.metrics[name];
    if (higherIsBetter === undefined) throw new Error(`suite ${suite} has no metric ${name}`);
    return { name, value, higherIsBetter, slice: null };
  });
  const sliced = spec.slices;
  if (!sliced || values[sliced.metric] === undefined) return metrics;
  const overall = values[sliced.metric]!;
  const slices = Object.entries(sliced.offsets).map(([slice, offset]) => ({
    name: sliced.metric,
    value: Math.min(1, Math.round((overall + offset + random.normal(0, 0.004)) * 1000) / 1000),
    higherIsBetter: spec.metrics[sliced.metric]!,
    slice,
  }));
  return [...metrics, ...slices];
}
