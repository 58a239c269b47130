import { ChartEmpty, ChartFrame } from "./chart-frame";
import { enumLabel, SEVERITY_COLORS } from "./chart-labels";
import { CountBarChart } from "./count-bar-chart";
import { DashboardCard } from "./dashboard-card";
import { alertsHref, type TileFilters } from "./list-links";

export async function AlertsBySeverityCard({
  data,
  filters,
}: {
  data: Promise<{ severity: string; count: number }[]>;
  filters: TileFilters;
}) {
  const rows = await data;
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return (
    <DashboardCard
      title="Open alerts by severity"
      description="Alerts nobody has acknowledged yet: thresholds breached in production, promotions waiting too long, overdue erasure requests, failing webhooks."
      links={rows.map((r) => ({
        href: alertsHref(filters, { status: "OPEN", severity: r.severity }),
        label: `${enumLabel(r.severity)}: ${r.count}`,
      }))}
    >
      {total === 0 ? (
        <ChartEmpty title="No open alerts">Nothing is drifting or failing right now.</ChartEmpty>
      ) : (
        <ChartFrame
          summary={`Bar chart of ${total} open alerts: ${rows.map((r) => `${r.count} ${enumLabel(r.severity).toLowerCase()}`).join(", ")}.`}
          caption="Open alerts by severity"
          columns={["Severity", "Open alerts"]}
          rows={rows.map((r) => [enumLabel(r.severity), r.count])}
        >
          <CountBarChart
            valueName="Open alerts"
            data={rows.map((r) => ({
              label: enumLabel(r.severity),
              count: r.count,
              color: SEVERITY_COLORS[r.severity] ?? "#64748b",
            }))}
          />
        </ChartFrame>
      )}
    </DashboardCard>
  );
}
