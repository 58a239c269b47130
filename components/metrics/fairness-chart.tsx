"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { legendText } from "@/components/dashboards/legend-text";
import type { FairnessReportView } from "@/lib/schemas/version-metrics";
import type { FairnessLine } from "@/lib/metrics/fairness-lines";
import { formatValue } from "./metric-format";

const BARS = [
  { key: "selectionRate", name: "Selection rate", color: "#4f46e5" },
  { key: "truePositiveRate", name: "True positive rate", color: "#059669" },
  { key: "falsePositiveRate", name: "False positive rate", color: "#d97706" },
] as const;

const LINE_STYLE: Record<FairnessLine["kind"], { stroke: string; fill: string; dash: string }> = {
  "four-fifths": { stroke: "#475569", fill: "#334155", dash: "6 3" },
  enforce: { stroke: "#dc2626", fill: "#991b1b", dash: "4 4" },
  shadow: { stroke: "#d97706", fill: "#92400e", dash: "2 3" },
};

/** Rates per group of one attribute, with the lines the selection-rate rules draw. */
export function FairnessChart({
  groups,
  lines,
}: {
  groups: FairnessReportView["groups"];
  lines: FairnessLine[];
}) {
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 280 }}>
      <BarChart data={groups} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="group" tick={{ fill: "#475569", fontSize: 12 }} />
        <YAxis domain={[0, 1]} tick={{ fill: "#475569", fontSize: 12 }} />
        <Tooltip
          cursor={{ fill: "#f1f5f9" }}
          formatter={(value) => (value === null ? "undefined" : formatValue(Number(value)))}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
        {BARS.map((bar) => (
          <Bar
            key={bar.key}
            dataKey={bar.key}
            name={bar.name}
            fill={bar.color}
            radius={[3, 3, 0, 0]}
            maxBarSize={40}
            isAnimationActive={false}
          />
        ))}
        {/* Lines often sit close together, so their names are in FairnessLineKey below, not on the plot. */}
        {lines.map((line) => (
          <ReferenceLine
            key={line.label}
            y={line.y}
            stroke={LINE_STYLE[line.kind].stroke}
            strokeDasharray={LINE_STYLE[line.kind].dash}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

/** What each line of the chart is, drawn in its own stroke, with where it sits. */
export function FairnessLineKey({ lines }: { lines: FairnessLine[] }) {
  if (lines.length === 0) return null;
  return (
    <ul aria-label="Lines on the chart" className="space-y-1 text-xs text-slate-700">
      {[...lines]
        .sort((a, b) => b.y - a.y)
        .map((line) => (
          <li key={line.label} className="flex items-center gap-2">
            <svg aria-hidden width="28" height="6" className="shrink-0">
              <line
                x1="0"
                y1="3"
                x2="28"
                y2="3"
                stroke={LINE_STYLE[line.kind].stroke}
                strokeWidth="2"
                strokeDasharray={LINE_STYLE[line.kind].dash}
              />
            </svg>
            <span>
              {line.label} <span className="tabular-nums text-slate-600">(at {formatValue(line.y)})</span>
            </span>
          </li>
        ))}
    </ul>
  );
}
