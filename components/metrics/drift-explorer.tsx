"use client";

import { useId, useState } from "react";
import { ChartFrame } from "@/components/dashboards/chart-frame";
import { bucketInWords } from "@/lib/metrics/time-bucket";
import { featureStandings, featureToShowFirst, type DriftStanding } from "@/lib/metrics/drift-attention";
import type { DriftSeries } from "@/lib/schemas/version-metrics";
import { CsvDownloadButton } from "./csv-download-button";
import { DriftLineChart } from "./drift-line-chart";
import { formatInstant, formatValue } from "./metric-format";

const METRIC_LABELS: Record<string, string> = {
  PSI: "PSI",
  KS: "KS statistic",
  KS_PVALUE: "KS p-value",
  JS: "Jensen-Shannon distance",
  WASSERSTEIN: "Wasserstein distance",
};
const metricLabel = (metric: string) => METRIC_LABELS[metric] ?? metric;
const STANDING_NOTES: Record<DriftStanding, string> = {
  alert: " (PSI above its alert line)",
  warn: " (PSI above its warning line)",
  calm: "",
};

function bandText(series: DriftSeries) {
  if (series.thresholds.length === 0) return "No policy in force sets a threshold on this metric.";
  return series.thresholds
    .map((t) => {
      const who = t.source
        ? `${t.source.policyName} (${t.source.mode.toLowerCase()}, rule ${t.source.ruleId})`
        : "the usual PSI reading";
      return `${t.level === "alert" ? "Alert" : "Warning"} above ${t.value}: ${who}.`;
    })
    .join(" ");
}

/**
 * Drift over time of one feature and metric at a time, with the warning and alert bands of the
 * policies; it opens on the feature whose PSI stands worst (lib/metrics/drift-attention.ts), and the
 * feature list says which ones are over a line.
 */
export function DriftExplorer({
  series,
  bucketSeconds,
  bucketIso,
  fileStem,
}: {
  series: DriftSeries[];
  bucketSeconds: number;
  bucketIso: string;
  fileStem: string;
}) {
  const id = useId();
  const features = [...new Set(series.map((s) => s.feature))];
  const standings = featureStandings(series);
  // Opens on the feature in the worst breach. Kept by name: after a refresh brings other series, a
  // choice that is gone falls back to the worst again.
  const worst = featureToShowFirst(series)!;
  const [wantedFeature, setFeature] = useState(worst);
  const feature = features.includes(wantedFeature) ? wantedFeature : worst;
  const metrics = series.filter((s) => s.feature === feature).map((s) => s.metric);
  const [wantedMetric, setMetric] = useState(metrics.includes("PSI") ? "PSI" : metrics[0]!);
  const metric = metrics.includes(wantedMetric) ? wantedMetric : metrics[0]!;
  const current = series.find((s) => s.feature === feature && s.metric === metric)!;

  const highest = Math.max(0, ...current.points.map((p) => p.max ?? 0));
  const top = Math.max(highest, current.alert ?? 0, current.warn ?? 0) * 1.15 || 1;
  const above = (level: number | null) =>
    level === null ? 0 : current.points.filter((p) => (p.max ?? 0) > level).length;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-4 text-sm">
        <label htmlFor={`${id}-feature`} className="flex items-center gap-2 text-slate-700">
          Feature
          <select
            id={`${id}-feature`}
            value={feature}
            onChange={(e) => setFeature(e.target.value)}
            className="rounded-md border border-slate-300 px-2 py-1"
          >
            {features.map((f) => (
              <option key={f} value={f}>
                {f}
                {STANDING_NOTES[standings.get(f) ?? "calm"]}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={`${id}-metric`} className="flex items-center gap-2 text-slate-700">
          Metric
          <select
            id={`${id}-metric`}
            value={metric}
            onChange={(e) => setMetric(e.target.value)}
            className="rounded-md border border-slate-300 px-2 py-1"
          >
            {metrics.map((m) => (
              <option key={m} value={m}>
                {metricLabel(m)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ChartFrame
        height={300}
        summary={`Line chart of ${metricLabel(metric)} for ${feature}, mean and highest per ${bucketInWords(bucketSeconds)} bucket, ${current.points.length} points; ${current.alert === null ? "no alert threshold" : `${above(current.alert)} buckets above the alert line ${current.alert}`}${current.warn === null ? "" : `, ${above(current.warn)} above the warning line ${current.warn}`}.`}
        caption={`${metricLabel(metric)} of ${feature} per ${bucketInWords(bucketSeconds)} bucket`}
        columns={["Bucket start (UTC)", "Mean", "Highest", "Windows"]}
        rows={current.points.map((p) => [
          formatInstant(p.at),
          formatValue(p.avg),
          formatValue(p.max),
          p.count,
        ])}
      >
        <DriftLineChart series={current} top={top} bucketSeconds={bucketSeconds} />
      </ChartFrame>
      <p className="text-xs text-slate-600">{bandText(current)}</p>
      <CsvDownloadButton
        fileName={`${fileStem}-drift-${feature}-${metric}.csv`}
        label={`Download the ${metricLabel(metric)} series of ${feature} as CSV`}
        header={["feature", "metric", "bucket_start", "bucket", "mean", "highest", "windows"]}
        rows={current.points.map((p) => [feature, metric, p.at, bucketIso, p.avg, p.max, p.count])}
      />
    </div>
  );
}
