"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { legendText } from "@/components/dashboards/legend-text";

/** Per rule: requests it judged beside the ones it failed (would have blocked, if enforced). */
export function ShadowRuleChart({ data }: { data: { ruleId: string; evaluated: number; failed: number }[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 240 }}>
      <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="ruleId" tick={{ fill: "#475569", fontSize: 12 }} />
        <YAxis allowDecimals={false} tick={{ fill: "#475569", fontSize: 12 }} />
        <Tooltip cursor={{ fill: "#f1f5f9" }} />
        <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
        <Bar dataKey="evaluated" name="Evaluated" fill="#94a3b8" radius={[4, 4, 0, 0]} maxBarSize={48} />
        <Bar
          dataKey="failed"
          name="Failed (would have blocked)"
          fill="#dc2626"
          radius={[4, 4, 0, 0]}
          maxBarSize={48}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
