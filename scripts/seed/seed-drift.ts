/**
 * 90 daily drift windows for every version in STAGING or PRODUCTION. For each monitored feature the
 * seed draws one reference sample, then a current sample per day whose shift follows a small wander
 * plus, for the drifting version, a ramp; every figure is computed from those samples by
 * lib/metrics/drift.ts, exactly as an upload of the same samples would be.
 */
import type { ObservationColumns } from "@/lib/metrics/input/drift-observations";
import type { Random } from "@/lib/random/seeded";
import { SYSTEM_ACTOR } from "@/lib/server/audit/record-audit";
import { columnsOf, computeFeatureDrift } from "@/lib/server/metrics/compute-drift-observations";
import { storeDriftObservations } from "@/lib/server/metrics/store-drift-observations";
import { CURRENT_SIZE, DRIFT_FEATURES, DRIFT_RAMPS, REFERENCE_SIZE, type DriftFeature } from "./tables/drift";
import { DAY_MS, type SeedContext } from "./seed-context";

const DAYS = 90;

/** Each version's 90 windows are stored as one batch, through the API's own path, recorded an hour after each window closed. */
export async function seedDrift(ctx: SeedContext) {
  for (const [key, version] of ctx.versions) {
    if (version.finalStage !== "STAGING" && version.finalStage !== "PRODUCTION") continue;
    const features = DRIFT_FEATURES[version.slug];
    if (!features) throw new Error(`no drift features for the deployed model ${version.slug}`);
    const windows = windowsFor(ctx, key, features);
    await storeDriftObservations(ctx.tx, {
      actor: SYSTEM_ACTOR,
      versionId: version.id,
      columns: concatColumns(windows.map((w) => w.columns)),
      source: "computed",
      recordedAt: windows.flatMap((w) => w.columns.feature.map(() => w.recordedAt)),
      now: new Date(windows[windows.length - 1]!.recordedAt),
    });
  }
}

function windowsFor(ctx: SeedContext, key: string, features: DriftFeature[]) {
  const ramp = DRIFT_RAMPS[key];
  const baseShift = new Map(features.map((f) => [f.name, ctx.random.between(0.02, 0.06)]));
  const references = new Map(features.map((f) => [f.name, drawSample(ctx.random, f, 0, REFERENCE_SIZE)]));
  const windows = [];
  for (let daysBack = DAYS; daysBack >= 1; daysBack--) {
    const windowStart = new Date(ctx.today.getTime() - daysBack * DAY_MS);
    const windowEnd = new Date(windowStart.getTime() + DAY_MS);
    const weekend = windowStart.getUTCDay() === 0 || windowStart.getUTCDay() === 6;
    const [least, most] = weekend ? CURRENT_SIZE.weekend : CURRENT_SIZE.weekday;
    const currentSize = ctx.random.int(least, most);
    const rampShare =
      ramp && daysBack <= ramp.fromDaysAgo ? (ramp.fromDaysAgo - daysBack + 1) / ramp.fromDaysAgo : 0;
    const computed = features.map((feature) => {
      const shift =
        baseShift.get(feature.name)! * Math.exp(ctx.random.normal(0, 0.25)) +
        rampShare * (ramp?.shift[feature.name] ?? 0);
      return computeFeatureDrift({
        feature: feature.name,
        reference: references.get(feature.name)!,
        current: drawSample(ctx.random, feature, shift, currentSize),
      });
    });
    windows.push({
      columns: columnsOf(computed, { windowStart, windowEnd }),
      recordedAt: new Date(windowEnd.getTime() + 3_600_000).toISOString(),
    });
  }
  return windows;
}

function concatColumns(parts: ObservationColumns[]): ObservationColumns {
  const keys = Object.keys(parts[0]!) as (keyof ObservationColumns)[];
  return Object.fromEntries(
    keys.map((k) => [k, parts.flatMap((p) => p[k] as unknown[])]),
  ) as ObservationColumns;
}

/**
 * A numeric feature: normal draws moved by `shift` standard deviations. A categorical one: its shares
 * tilted by exp(shift x t), t running from -1 (first category) to +1 (last), then renormalised.
 */
function drawSample(random: Random, feature: DriftFeature, shift: number, size: number): number[] | string[] {
  if ("scale" in feature)
    return Array.from({ length: size }, () => random.normal(shift * feature.scale, feature.scale));
  const names = Object.keys(feature.categories);
  const tilted = names.map((name, i) => {
    const t = names.length === 1 ? 0 : (2 * i) / (names.length - 1) - 1;
    return feature.categories[name]! * Math.exp(2 * shift * t);
  });
  const total = tilted.reduce((sum, w) => sum + w, 0);
  return Array.from({ length: size }, () => {
    let u = random.next() * total;
    for (let i = 0; i < names.length - 1; i++) {
      u -= tilted[i]!;
      if (u < 0) return names[i]!;
    }
    return names[names.length - 1]!;
  });
}
