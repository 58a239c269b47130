"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type ImprovementBar = { label: string; percent: number };

const formatPercent = (value: number) => `${value > 0 ? "+" : ""}${value.toFixed(1)}%`;

/** One horizontal bar per metric: its change from the parent in percent, right (green) when better. */
export function ImprovementChart({ bars }: { bars: ImprovementBar[] }) {
  const reach = Math.max(5, ...bars.map((bar) => Math.ceil(Math.abs(bar.percent))));
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 200 }}>
      <BarChart
        data={bars}
        layout="vertical"
        accessibilityLayer={false}
        margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
        <XAxis
          type="number"
          domain={[-reach, reach]}
          tickFormatter={formatPercent}
          tick={{ fill: "#475569", fontSize: 12 }}
        />
        <YAxis type="category" dataKey="label" width={260} tick={{ fill: "#334155", fontSize: 11 }} />
        <Tooltip
          cursor={{ fill: "#f1f5f9" }}
          formatter={(value) => [formatPercent(Number(value)), "vs parent"]}
        />
        <ReferenceLine x={0} stroke="#64748b" />
        <Bar dataKey="percent" radius={3} maxBarSize={18}>
          {bars.map((bar) => (
            <Cell key={bar.label} fill={bar.percent >= 0 ? "#059669" : "#dc2626"} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
