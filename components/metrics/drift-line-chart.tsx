"use client";

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
import { legendText } from "@/components/dashboards/legend-text";
import type { DriftSeries } from "@/lib/schemas/version-metrics";
import { formatInstant, formatValue } from "./metric-format";

const dayFormat = new Intl.DateTimeFormat("en", { day: "numeric", month: "short", timeZone: "UTC" });

/**
 * One drift series: the mean and the highest value per bucket, over a yellow warning band and a red
 * alert band (from the lowest threshold of each level up to the top of the axis).
 */
export function DriftLineChart({
  series,
  top,
  bucketSeconds,
}: {
  series: DriftSeries;
  top: number;
  bucketSeconds: number;
}) {
  const format = (iso: string) =>
    bucketSeconds >= 86_400 ? dayFormat.format(new Date(iso)) : formatInstant(iso);
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 900, height: 300 }}>
      <LineChart
        data={series.points}
        accessibilityLayer={false}
        margin={{ top: 8, right: 16, bottom: 0, left: -8 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="at" tickFormatter={format} tick={{ fill: "#475569", fontSize: 12 }} minTickGap={32} />
        <YAxis
          domain={[0, top]}
          tickFormatter={(v: number) => formatValue(v)}
          tick={{ fill: "#475569", fontSize: 12 }}
        />
        {series.warn !== null && (
          <ReferenceArea
            y1={series.warn}
            y2={series.alert ?? top}
            fill="#fef3c7"
            fillOpacity={0.6}
            ifOverflow="hidden"
          />
        )}
        {series.alert !== null && (
          <ReferenceArea y1={series.alert} y2={top} fill="#fee2e2" fillOpacity={0.6} ifOverflow="hidden" />
        )}
        {series.warn !== null && (
          <ReferenceLine
            y={series.warn}
            stroke="#d97706"
            strokeDasharray="4 4"
            label={{
              value: `warning ${series.warn}`,
              position: "insideTopLeft",
              fill: "#92400e",
              fontSize: 11,
            }}
          />
        )}
        {series.alert !== null && (
          <ReferenceLine
            y={series.alert}
            stroke="#dc2626"
            strokeDasharray="4 4"
            label={{
              value: `alert ${series.alert}`,
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
  );
}
