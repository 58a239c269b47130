"use client";

import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { legendText } from "./legend-text";
import { dayLabel, SERIES_COLORS } from "./chart-labels";

type Series = { versionId: string; label: string; points: { day: string; psi: number }[] };

/** PSI per day, one line per production version, with the usual 0.1 (watch) and 0.2 (act) levels. */
export function DriftChart({ series }: { series: Series[] }) {
  // One row per day that any series has, each series under its own key; gaps stay gaps.
  const byDay = new Map<string, Record<string, string | number>>();
  series.forEach((s, i) => {
    for (const point of s.points) {
      const row = byDay.get(point.day) ?? { day: point.day };
      row[`s${i}`] = point.psi;
      byDay.set(point.day, row);
    }
  });
  const data = [...byDay.values()].sort((a, b) => String(a.day).localeCompare(String(b.day)));
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 1100, height: 300 }}>
      <LineChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 0, left: -8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
        <XAxis
          dataKey="day"
          tickFormatter={dayLabel}
          tick={{ fill: "#475569", fontSize: 12 }}
          minTickGap={24}
        />
        <YAxis
          tick={{ fill: "#475569", fontSize: 12 }}
          domain={[0, (max: number) => Math.max(0.3, Math.ceil(max * 10) / 10)]}
        />
        <Tooltip
          labelFormatter={(day) => dayLabel(String(day))}
          formatter={(value) => Number(value).toFixed(3)}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} formatter={legendText} />
        <ReferenceLine
          y={0.1}
          stroke="#d97706"
          strokeDasharray="4 4"
          label={{ value: "0.1 watch", position: "insideTopLeft", fill: "#92400e", fontSize: 11 }}
        />
        <ReferenceLine
          y={0.2}
          stroke="#dc2626"
          strokeDasharray="4 4"
          label={{ value: "0.2 act", position: "insideTopLeft", fill: "#991b1b", fontSize: 11 }}
        />
        {series.map((s, i) => (
          <Line
            key={s.versionId}
            dataKey={`s${i}`}
            name={s.label}
            stroke={SERIES_COLORS[i % SERIES_COLORS.length]}
            dot={false}
            strokeWidth={2}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
