import { computeFairness, type FairnessRow } from "@/lib/metrics/fairness";
import type { Random } from "@/lib/random/seeded";
import { storeFairnessReport } from "@/lib/server/metrics/store-fairness-report";
import { FAIRNESS, type GroupSpec } from "./tables/fairness";
import { DAY_MS, versionOf, type SeedContext } from "./seed-context";

/** Fairness reports computed from seeded synthetic predictions, one protected attribute per report. */
export async function seedFairness(ctx: SeedContext) {
  for (const spec of FAIRNESS) {
    const version = versionOf(ctx, spec.version);
    const report = computeFairness(spec.groups.flatMap((group) => drawRows(ctx.random, group)));
    await storeFairnessReport(ctx.tx, {
      actor: ctx.users[version.createdBy],
      versionId: version.id,
      attribute: spec.attribute,
      report,
      createdAt: new Date(Math.min(version.createdAt.getTime() + DAY_MS + 7_200_000, ctx.today.getTime())),
    });
  }
}

function drawRows(random: Random, spec: GroupSpec): FairnessRow[] {
  return Array.from({ length: spec.n }, () => {
    const yTrue = random.chance(spec.prevalence) ? 1 : 0;
    const yPred = random.chance(yTrue === 1 ? spec.tpr : spec.fpr) ? 1 : 0;
    return { group: spec.group, yTrue, yPred };
  });
}
