"use client";

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** One bar per category, each in its own colour: versions per stage, open alerts per severity. */
export function CountBarChart({
  data,
  valueName,
}: {
  data: { label: string; count: number; color: string }[];
  valueName: string;
}) {
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 520, height: 260 }}>
      <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="label" tick={{ fill: "#475569", fontSize: 12 }} />
        <YAxis allowDecimals={false} tick={{ fill: "#475569", fontSize: 12 }} />
        <Tooltip cursor={{ fill: "#f1f5f9" }} />
        <Bar dataKey="count" name={valueName} radius={[4, 4, 0, 0]} maxBarSize={72}>
          {data.map((row) => (
            <Cell key={row.label} fill={row.color} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
