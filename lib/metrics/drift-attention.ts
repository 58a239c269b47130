/**
 * Which drifting feature needs attention first, for the version's drift chart: a reader should open
 * on the feature in breach, not on the alphabetically first one. Judged on PSI (the metric every
 * series has bands for: 0.1 and 0.2 unless a policy sets its own), by the latest bucket's highest value.
 */
import type { DriftSeries } from "@/lib/schemas/version-metrics";

export type DriftStanding = "alert" | "warn" | "calm";

const latestHighest = (series: DriftSeries) =>
  series.points.findLast((point) => point.max !== null)?.max ?? null;

/** Where a series' latest bucket stands against its own lines. */
export function driftStanding(series: DriftSeries): DriftStanding {
  const value = latestHighest(series);
  if (value === null) return "calm";
  if (series.alert !== null && value > series.alert) return "alert";
  if (series.warn !== null && value > series.warn) return "warn";
  return "calm";
}

/** Each feature's PSI standing (features without a PSI series are calm). */
export function featureStandings(series: DriftSeries[]): Map<string, DriftStanding> {
  const standings = new Map<string, DriftStanding>();
  for (const s of series) if (!standings.has(s.feature)) standings.set(s.feature, "calm");
  for (const s of series) if (s.metric === "PSI") standings.set(s.feature, driftStanding(s));
  return standings;
}

/**
 * The feature to show first: the highest latest PSI relative to its alert line (or warning line), so
 * the worst breach comes first; the first feature when none has PSI lines.
 */
export function featureToShowFirst(series: DriftSeries[]): string | undefined {
  let best: { feature: string; ratio: number } | undefined;
  for (const s of series) {
    const line = s.alert ?? s.warn;
    const value = latestHighest(s);
    if (s.metric !== "PSI" || line === null || line <= 0 || value === null) continue;
    const ratio = value / line;
    if (!best || ratio > best.ratio) best = { feature: s.feature, ratio };
  }
  return best?.feature ?? series[0]?.feature;
}
