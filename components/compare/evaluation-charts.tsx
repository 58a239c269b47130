import { ChartFrame } from "@/components/dashboards/chart-frame";
import { SERIES_COLORS } from "@/components/dashboards/chart-labels";
import type { CompareColumn, CompareTableRow } from "./compare-table";
import { GroupedBarChart } from "./grouped-bar-chart";

/**
 * One grouped bar chart per evaluation suite: metrics of one suite tend to share a scale, metrics of
 * different suites (an accuracy and a perplexity) do not.
 */
export function EvaluationCharts({ columns, rows }: { columns: CompareColumn[]; rows: CompareTableRow[] }) {
  const suites = [...new Set(rows.map((row) => row.group))];
  const series = columns.map((column, i) => ({
    key: `v${i}`,
    label: column.label,
    color: SERIES_COLORS[i % SERIES_COLORS.length]!,
  }));
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {suites.map((suite) => {
        const suiteRows = rows.filter((row) => row.group === suite);
        return (
          <figure key={suite} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <figcaption className="mb-2 text-sm font-semibold text-slate-900">{suite}</figcaption>
            <ChartFrame
              summary={`Grouped bar chart of ${suiteRows.length} ${suite} metrics for ${columns.length} versions.`}
              caption={`${suite} metrics by version`}
              columns={["Metric", ...columns.map((column) => column.label)]}
              rows={suiteRows.map((row) => [row.name, ...row.values.map((value) => value ?? "none")])}
            >
              <GroupedBarChart
                categoryKey="metric"
                data={suiteRows.map((row) => ({
                  metric: row.name,
                  ...Object.fromEntries(row.values.map((value, i) => [`v${i}`, value])),
                }))}
                series={series}
              />
            </ChartFrame>
          </figure>
        );
      })}
    </div>
  );
}
