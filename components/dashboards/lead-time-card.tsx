import { ChartEmpty, ChartFrame } from "./chart-frame";
import { dayLabel } from "./chart-labels";
import { DashboardCard } from "./dashboard-card";
import { LeadTimeChart } from "./lead-time-chart";
import { approvalsHref, type TileFilters } from "./list-links";

type Week = { week: string; decided: number; medianHours: number | null; p90Hours: number | null };

const hours = (value: number | null) => (value === null ? "none" : `${value} h`);

export async function LeadTimeCard({ data, filters }: { data: Promise<Week[]>; filters: TileFilters }) {
  const weeks = await data;
  const decided = weeks.reduce((sum, week) => sum + week.decided, 0);
  return (
    <DashboardCard
      title="Approval lead time"
      description="Hours from a promotion request to its approval or rejection, by the week of the decision (12 weeks)."
      links={[
        { href: approvalsHref(filters, { status: "APPROVED" }), label: "Approved requests" },
        { href: approvalsHref(filters, { status: "REJECTED" }), label: "Rejected requests" },
      ]}
    >
      {decided === 0 ? (
        <ChartEmpty title="No decisions in 12 weeks">
          Lead times appear once compliance officers approve or reject requests.
        </ChartEmpty>
      ) : (
        <ChartFrame
          summary={`Line chart of approval lead time over 12 weeks, ${decided} decisions: median and 90th percentile hours per week.`}
          caption="Approval lead time per week"
          columns={["Week of", "Decisions", "Median", "90th percentile"]}
          rows={weeks.map((w) => [dayLabel(w.week), w.decided, hours(w.medianHours), hours(w.p90Hours)])}
        >
          <LeadTimeChart weeks={weeks} />
        </ChartFrame>
      )}
    </DashboardCard>
  );
}
