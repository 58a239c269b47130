import { ChartEmpty, ChartFrame } from "./chart-frame";
import { dayLabel, enumLabel, STATUS_COLORS } from "./chart-labels";
import { DashboardCard } from "./dashboard-card";
import { approvalsHref, type TileFilters } from "./list-links";
import { StackedBarChart } from "./stacked-bar-chart";

const OUTCOMES = ["APPROVED", "REJECTED", "BLOCKED", "WITHDRAWN", "PENDING"] as const;
type Week = { week: string; total: number } & Record<(typeof OUTCOMES)[number], number>;

export async function PromotionTrendCard({ data, filters }: { data: Promise<Week[]>; filters: TileFilters }) {
  const weeks = await data;
  const total = weeks.reduce((sum, week) => sum + week.total, 0);
  const byOutcome = OUTCOMES.map(
    (outcome) => `${weeks.reduce((sum, w) => sum + w[outcome], 0)} ${enumLabel(outcome).toLowerCase()}`,
  );
  return (
    <DashboardCard
      title="Promotion requests per week"
      description="Requests of the last 12 weeks by the week they were made, coloured by their outcome so far."
      links={[
        { href: approvalsHref(filters, { status: "ALL" }), label: "All requests in the approvals inbox" },
      ]}
    >
      {total === 0 ? (
        <ChartEmpty title="No promotion requests in 12 weeks">
          Requests appear here once a data scientist asks to promote a version.
        </ChartEmpty>
      ) : (
        <ChartFrame
          summary={`Stacked bar chart of ${total} promotion requests over 12 weeks: ${byOutcome.join(", ")}.`}
          caption="Promotion requests per week by outcome"
          columns={["Week of", ...OUTCOMES.map(enumLabel), "Total"]}
          rows={weeks.map((w) => [dayLabel(w.week), ...OUTCOMES.map((o) => w[o]), w.total])}
        >
          <StackedBarChart
            categoryKey="label"
            data={weeks.map((w) => ({ ...w, label: dayLabel(w.week) }))}
            series={OUTCOMES.map((o) => ({ key: o, label: enumLabel(o), color: STATUS_COLORS[o]! }))}
          />
        </ChartFrame>
      )}
    </DashboardCard>
  );
}
