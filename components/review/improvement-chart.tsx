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

/**
 * Round ticks (steps of 1, 2 or 5 times a power of ten) from the lowest value to the highest, zero
 * always among them: the line between better and worse.
 */
function axisTicks(values: number[]): number[] {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const rough = Math.max(high - low, 1) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough)!;
  const ticks: number[] = [];
  for (let tick = Math.floor(low / step) * step; tick < high + step; tick += step) ticks.push(tick);
  return ticks;
}

/** One horizontal bar per metric: its change from the parent in percent, right (green) when better. */
export function ImprovementChart({ bars }: { bars: ImprovementBar[] }) {
  const ticks = axisTicks(bars.map((bar) => bar.percent));
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
          domain={[ticks[0]!, ticks[ticks.length - 1]!]}
          ticks={ticks}
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
