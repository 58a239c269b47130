import { ChartFrame } from "@/components/dashboards/chart-frame";
import { enumLabel } from "@/components/dashboards/chart-labels";
import { FAIRNESS_METRIC_LABELS } from "@/lib/labels";
import { fairnessLines, thresholdsFor } from "@/lib/metrics/fairness-lines";
import type { FairnessReportView, VersionMetrics } from "@/lib/schemas/version-metrics";
import { CsvDownloadButton } from "./csv-download-button";
import { FairnessChart, FairnessLineKey } from "./fairness-chart";
import { formatInstant, formatValue } from "./metric-format";

type Fairness = VersionMetrics["fairness"];
type Bound = { label: string; bound: "max" | "min"; threshold: number; source: string };

const SUMMARY = [
  ["demographic_parity_difference", "demographicParityDifference"],
  ["disparate_impact_ratio", "disparateImpactRatio"],
  ["equalized_odds_difference", "equalizedOddsDifference"],
] as const;

function verdict(value: number | null, { bound, threshold }: Bound) {
  if (value === null) return { text: "not defined", tone: "text-slate-600" };
  const meets = bound === "max" ? value <= threshold : value >= threshold;
  return meets
    ? { text: "meets", tone: "text-emerald-800" }
    : { text: "breaches", tone: "font-semibold text-red-800" };
}

/** The summary figures of one report, each against the four-fifths rule and the policy bounds on it. */
function SummaryTable({ report, fairness }: { report: FairnessReportView; fairness: Fairness }) {
  const thresholds = thresholdsFor(fairness.thresholds, report.attribute);
  return (
    <table className="min-w-full text-sm">
      <caption className="sr-only">Fairness figures for {report.attribute} and the bounds on them</caption>
      <thead className="border-b border-slate-200 text-left text-xs uppercase tracking-wide text-slate-600">
        <tr>
          <th scope="col" className="py-2 pr-4 font-semibold">
            Figure
          </th>
          <th scope="col" className="py-2 pr-4 text-right font-semibold">
            Value
          </th>
          <th scope="col" className="py-2 font-semibold">
            Bounds
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {SUMMARY.map(([metric, field]) => {
          const value = report[field];
          const bounds: Bound[] = [
            ...(metric === "disparate_impact_ratio"
              ? [
                  {
                    label: "four-fifths rule",
                    bound: "min" as const,
                    threshold: fairness.fourFifths,
                    source: "US Uniform Guidelines",
                  },
                ]
              : []),
            ...thresholds
              .filter((t) => t.metric === metric)
              .map((t) => ({
                label: t.policyName,
                bound: t.bound,
                threshold: t.threshold,
                source: `${enumLabel(t.mode)}, to ${enumLabel(t.targetStage)}`,
              })),
          ];
          return (
            <tr key={metric} className="align-top">
              <th scope="row" className="py-2 pr-4 text-left font-medium text-slate-900">
                {FAIRNESS_METRIC_LABELS[metric]}
              </th>
              <td className="py-2 pr-4 text-right tabular-nums">{formatValue(value)}</td>
              <td className="py-2">
                {bounds.length === 0 ? (
                  <span className="text-slate-500">no policy in force sets one</span>
                ) : (
                  <ul className="space-y-0.5">
                    {bounds.map((b) => {
                      const result = verdict(value, b);
                      return (
                        <li key={`${b.label}-${b.bound}-${b.threshold}`}>
                          {b.bound === "max" ? "at most" : "at least"} {b.threshold}: {b.label}{" "}
                          <span className="text-slate-600">({b.source})</span> —{" "}
                          <span className={result.tone}>{result.text}</span>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The latest report of each protected attribute: rates per group as bars, the rules as lines, the figures as a table. */
export function FairnessPanel({ fairness, fileStem }: { fairness: Fairness; fileStem: string }) {
  return (
    <div className="space-y-8">
      {fairness.reports.map((report) => {
        const lines = fairnessLines(report, fairness.thresholds, fairness.fourFifths);
        const below = report.groups.filter((g) => g.selectionRate < lines[0]!.y).map((g) => g.group);
        const rows = report.groups.map((g) => [
          g.group,
          g.count,
          formatValue(g.selectionRate),
          formatValue(g.truePositiveRate),
          formatValue(g.falsePositiveRate),
        ]);
        return (
          <section
            key={report.attribute}
            aria-label={`Fairness by ${report.attribute}`}
            className="space-y-3"
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h4 className="text-sm font-semibold text-slate-900">By {report.attribute}</h4>
              <p className="text-xs text-slate-600">
                {report.rowCount.toLocaleString("en")} predictions, computed{" "}
                {formatInstant(report.recordedAt)} UTC
              </p>
            </div>
            <ChartFrame
              height={280}
              summary={`Bar chart of selection, true positive and false positive rates for ${report.groups.length} groups of ${report.attribute}; ${below.length ? `below the four-fifths line: ${below.join(", ")}` : "every group is at or above the four-fifths line"}.`}
              caption={`Rates per group of ${report.attribute}`}
              columns={[
                "Group",
                "Predictions",
                "Selection rate",
                "True positive rate",
                "False positive rate",
              ]}
              rows={rows}
            >
              <FairnessChart groups={report.groups} lines={lines} />
            </ChartFrame>
            <FairnessLineKey lines={lines} />
            <p className="text-xs text-slate-600">
              Lines mark the lowest selection rate a group may have, given the highest group&apos;s: the
              four-fifths rule and the policies&apos; ratio and parity bounds.
            </p>
            {report.warnings.length > 0 && (
              <ul
                aria-label={`Assumptions in the ${report.attribute} report`}
                className="list-disc space-y-0.5 rounded-md border border-amber-200 bg-amber-50 py-2 pl-8 pr-3 text-xs text-amber-900"
              >
                {report.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            )}
            <div className="overflow-x-auto">
              <SummaryTable report={report} fairness={fairness} />
            </div>
            <CsvDownloadButton
              fileName={`${fileStem}-fairness-${report.attribute}.csv`}
              label={`Download the fairness rates by ${report.attribute} as CSV`}
              header={[
                "attribute",
                "group",
                "count",
                "selection_rate",
                "true_positive_rate",
                "false_positive_rate",
              ]}
              rows={report.groups.map((g) => [
                report.attribute,
                g.group,
                g.count,
                g.selectionRate,
                g.truePositiveRate,
                g.falsePositiveRate,
              ])}
            />
          </section>
        );
      })}
    </div>
  );
}
