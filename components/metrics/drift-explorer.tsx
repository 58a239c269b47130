"use client";

import { useId, useState } from "react";
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { ChartFrame } from "@/components/dashboards/chart-frame";
import { legendText } from "@/components/dashboards/legend-text";
import type { DriftSeries } from "@/lib/schemas/version-metrics";
import { CsvDownloadButton } from "./csv-download-button";
import { formatInstant, formatValue } from "./metric-format";

const METRIC_LABELS: Record<string, string> = {
  PSI: "PSI",
  KS: "KS statistic",
  KS_PVALUE: "KS p-value",
  JS: "Jensen-Shannon distance",
  WASSERSTEIN: "Wasserstein distance",
};
const metricLabel = (metric: string) => METRIC_LABELS[metric] ?? metric;

const dayFormat = new Intl.DateTimeFormat("en", { day: "numeric", month: "short", timeZone: "UTC" });
const tick = (bucketSeconds: number) => (iso: string) =>
  bucketSeconds >= 86_400 ? dayFormat.format(new Date(iso)) : formatInstant(iso);

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

/** Drift over time of one feature and metric at a time, with the warning and alert bands of the policies. */
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
  const [feature, setFeature] = useState(features[0]!);
  const metrics = series.filter((s) => s.feature === feature).map((s) => s.metric);
  const [wanted, setMetric] = useState(metrics.includes("PSI") ? "PSI" : metrics[0]!);
  const metric = metrics.includes(wanted) ? wanted : metrics[0]!;
  const current = series.find((s) => s.feature === feature && s.metric === metric)!;

  const highest = Math.max(0, ...current.points.map((p) => p.max ?? 0));
  const top = Math.max(highest, current.alert ?? 0, current.warn ?? 0) * 1.15 || 1;
  const above = (level: number | null) =>
    level === null ? 0 : current.points.filter((p) => (p.max ?? 0) > level).length;
  const format = tick(bucketSeconds);

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
              <option key={f}>{f}</option>
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
        summary={`Line chart of ${metricLabel(metric)} for ${feature}, mean and highest per ${bucketIso} bucket, ${current.points.length} points; ${current.alert === null ? "no alert threshold" : `${above(current.alert)} buckets above the alert line ${current.alert}`}${current.warn === null ? "" : `, ${above(current.warn)} above the warning line ${current.warn}`}.`}
        caption={`${metricLabel(metric)} of ${feature} per ${bucketIso} bucket`}
        columns={["Bucket start (UTC)", "Mean", "Highest", "Windows"]}
        rows={current.points.map((p) => [
          formatInstant(p.at),
          formatValue(p.avg),
          formatValue(p.max),
          p.count,
        ])}
      >
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 900, height: 300 }}>
          <LineChart
            data={current.points}
            accessibilityLayer={false}
            margin={{ top: 8, right: 16, bottom: 0, left: -8 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
            <XAxis
              dataKey="at"
              tickFormatter={format}
              tick={{ fill: "#475569", fontSize: 12 }}
              minTickGap={32}
            />
            <YAxis
              domain={[0, top]}
              tickFormatter={(v: number) => formatValue(v)}
              tick={{ fill: "#475569", fontSize: 12 }}
            />
            {current.warn !== null && (
              <ReferenceArea
                y1={current.warn}
                y2={current.alert ?? top}
                fill="#fef3c7"
                fillOpacity={0.6}
                ifOverflow="hidden"
              />
            )}
            {current.alert !== null && (
              <ReferenceArea
                y1={current.alert}
                y2={top}
                fill="#fee2e2"
                fillOpacity={0.6}
                ifOverflow="hidden"
              />
            )}
            {current.warn !== null && (
              <ReferenceLine
                y={current.warn}
                stroke="#d97706"
                strokeDasharray="4 4"
                label={{
                  value: `warning ${current.warn}`,
                  position: "insideTopLeft",
                  fill: "#92400e",
                  fontSize: 11,
                }}
              />
            )}
            {current.alert !== null && (
              <ReferenceLine
                y={current.alert}
                stroke="#dc2626"
                strokeDasharray="4 4"
                label={{
                  value: `alert ${current.alert}`,
                  position: "insideTopLeft",
                  fill: "#991b1b",
                  fontSize: 11,
                }}
              />
            )}
            <Tooltip
              labelFormatter={(at) => `${formatInstant(String(at))} UTC`}
              formatter={(value) => formatValue(value === null ? null : Number(value))}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
            <Line
              dataKey="avg"
              name="Mean per bucket"
              stroke="#4f46e5"
              strokeWidth={2}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
            <Line
              dataKey="max"
              name="Highest per bucket"
              stroke="#64748b"
              strokeDasharray="3 3"
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
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
