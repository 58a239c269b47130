"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { dayLabel } from "./chart-labels";
import { legendText } from "./legend-text";

type Week = { week: string; medianHours: number | null; p90Hours: number | null };

/** Hours from request to decision per week: the median and the slow tail (90th percentile). */
export function LeadTimeChart({ weeks }: { weeks: Week[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 520, height: 260 }}>
      <LineChart data={weeks} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: -8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="week" tickFormatter={dayLabel} tick={{ fill: "#475569", fontSize: 12 }} />
        <YAxis tick={{ fill: "#475569", fontSize: 12 }} unit="h" />
        <Tooltip labelFormatter={(week) => `Week of ${dayLabel(String(week))}`} />
        <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
        <Line dataKey="medianHours" name="Median hours" stroke="#4f46e5" strokeWidth={2} connectNulls />
        <Line
          dataKey="p90Hours"
          name="90th percentile hours"
          stroke="#d97706"
          strokeDasharray="5 3"
          connectNulls
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
