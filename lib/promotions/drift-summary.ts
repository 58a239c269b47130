/**
 * The latest drift window of each feature as one row of PSI, KS, JS and Wasserstein, flagged by PSI the
 * way practitioners read it: under 0.1 stable, 0.1 to 0.2 a moderate shift, 0.2 and above a significant one.
 */
export const PSI_MODERATE = 0.1;
export const PSI_SIGNIFICANT = 0.2;

export type DriftLevel = "stable" | "moderate" | "significant" | "unknown";
export type DriftPoint = {
  feature: string;
  metric: string;
  value: number | null;
  windowStart: Date;
  windowEnd: Date;
};
export type DriftRow = {
  feature: string;
  windowStart: Date;
  windowEnd: Date;
  psi: number | null;
  ks: number | null;
  js: number | null;
  wasserstein: number | null;
  level: DriftLevel;
};

const COLUMNS = { PSI: "psi", KS: "ks", JS: "js", WASSERSTEIN: "wasserstein" } as const;

export function driftLevel(psi: number | null): DriftLevel {
  if (psi === null) return "unknown";
  if (psi >= PSI_SIGNIFICANT) return "significant";
  if (psi >= PSI_MODERATE) return "moderate";
  return "stable";
}

/** One row per feature, `prediction` first, then by name; each row holds its feature's latest window only. */
export function summariseDrift(points: DriftPoint[]): DriftRow[] {
  const latest = new Map<string, number>();
  for (const point of points)
    latest.set(point.feature, Math.max(latest.get(point.feature) ?? -Infinity, point.windowEnd.getTime()));
  const rows = new Map<string, DriftRow>();
  for (const point of points) {
    const column = COLUMNS[point.metric as keyof typeof COLUMNS];
    if (!column || point.windowEnd.getTime() !== latest.get(point.feature)) continue;
    const row = rows.get(point.feature) ?? {
      feature: point.feature,
      windowStart: point.windowStart,
      windowEnd: point.windowEnd,
      psi: null,
      ks: null,
      js: null,
      wasserstein: null,
      level: "unknown",
    };
    row[column] = point.value;
    rows.set(point.feature, row);
  }
  return [...rows.values()]
    .map((row) => ({ ...row, level: driftLevel(row.psi) }))
    .sort((a, b) =>
      a.feature === "prediction" ? -1 : b.feature === "prediction" ? 1 : a.feature.localeCompare(b.feature),
    );
}
