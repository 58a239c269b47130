import type { FairnessReportView, VersionMetrics } from "@/lib/schemas/version-metrics";

type Threshold = VersionMetrics["fairness"]["thresholds"][number];
export type FairnessLine = { y: number; label: string; kind: "four-fifths" | "enforce" | "shadow" };

/** The bounds that judge this attribute: rules for every attribute and rules naming it. */
export const thresholdsFor = (thresholds: readonly Threshold[], attribute: string) =>
  thresholds.filter((t) => t.attribute === null || t.attribute === attribute);

/**
 * The rules on selection rates drawn where they bite, on the selection-rate axis: the lowest rate a
 * group may have given the highest group's rate. The four-fifths rule and a disparate impact bound t
 * put it at t x the highest rate; a demographic parity bound d at the highest rate minus d. Equalized
 * odds compares error rates, not selection rates, so it stays in the table.
 */
export function fairnessLines(
  report: FairnessReportView,
  thresholds: readonly Threshold[],
  fourFifths: number,
) {
  const highest = Math.max(0, ...report.groups.map((g) => g.selectionRate));
  const lines: FairnessLine[] = [
    { y: fourFifths * highest, label: `Four-fifths rule: ${fourFifths} × highest rate`, kind: "four-fifths" },
  ];
  for (const t of thresholdsFor(thresholds, report.attribute)) {
    const kind = t.mode === "ENFORCE" ? "enforce" : "shadow";
    if (t.metric === "disparate_impact_ratio" && t.bound === "min")
      lines.push({ y: t.threshold * highest, label: `${t.policyName}: ratio ≥ ${t.threshold}`, kind });
    if (t.metric === "demographic_parity_difference" && t.bound === "max")
      lines.push({
        y: Math.max(0, highest - t.threshold),
        label: `${t.policyName}: difference ≤ ${t.threshold}`,
        kind,
      });
  }
  return lines;
}
