"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { legendText } from "./legend-text";

export type StackSeries = { key: string; label: string; color: string };

/** Bars of several stacked counts per category: promotion outcomes per week, stages per risk tier. */
export function StackedBarChart({
  data,
  categoryKey,
  series,
}: {
  data: Record<string, string | number>[];
  categoryKey: string;
  series: StackSeries[];
}) {
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 520, height: 260 }}>
      <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey={categoryKey} tick={{ fill: "#475569", fontSize: 12 }} />
        <YAxis allowDecimals={false} tick={{ fill: "#475569", fontSize: 12 }} />
        <Tooltip cursor={{ fill: "#f1f5f9" }} />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} formatter={legendText} />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="stack" fill={s.color} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
