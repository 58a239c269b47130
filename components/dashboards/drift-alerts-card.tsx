import { ChartEmpty, ChartFrame } from "./chart-frame";
import { dayLabel, enumLabel, SEVERITY_COLORS } from "./chart-labels";
import { DashboardCard } from "./dashboard-card";
import { alertsHref, type TileFilters } from "./list-links";
import { StackedBarChart } from "./stacked-bar-chart";

const SEVERITIES = ["CRITICAL", "WARNING", "INFO"] as const;
type Week = { week: string; total: number } & Record<(typeof SEVERITIES)[number], number>;

export async function DriftAlertsCard({ data, filters }: { data: Promise<Week[]>; filters: TileFilters }) {
  const weeks = await data;
  const total = weeks.reduce((sum, week) => sum + week.total, 0);
  return (
    <DashboardCard
      title="Drift alerts per week"
      description="Drift alerts raised in each of the last 12 weeks, by severity, whatever their status now."
      links={[
        {
          href: alertsHref(filters, { kind: "DRIFT", since: weeks[0]?.week }),
          label: `Drift alerts: ${total}`,
        },
      ]}
    >
      {total === 0 ? (
        <ChartEmpty title="No drift alerts in 12 weeks">
          Alerts appear here when monitoring finds a feature drifting past its policy threshold.
        </ChartEmpty>
      ) : (
        <ChartFrame
          summary={`Stacked bar chart of ${total} drift alerts over 12 weeks by severity.`}
          caption="Drift alerts per week by severity"
          columns={["Week of", ...SEVERITIES.map(enumLabel), "Total"]}
          rows={weeks.map((w) => [dayLabel(w.week), ...SEVERITIES.map((s) => w[s]), w.total])}
        >
          <StackedBarChart
            categoryKey="label"
            data={weeks.map((w) => ({ ...w, label: dayLabel(w.week) }))}
            series={SEVERITIES.map((s) => ({ key: s, label: enumLabel(s), color: SEVERITY_COLORS[s]! }))}
          />
        </ChartFrame>
      )}
    </DashboardCard>
  );
}
