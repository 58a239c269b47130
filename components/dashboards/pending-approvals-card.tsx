import Link from "next/link";
import { RequestAge } from "@/components/approvals/request-age";
import { LATE_AFTER_DAYS, OVERDUE_AFTER_DAYS } from "@/lib/promotions/waiting-age";
import { ChartEmpty, ChartFrame } from "./chart-frame";
import { enumLabel } from "./chart-labels";
import { CountBarChart } from "./count-bar-chart";
import { DashboardCard } from "./dashboard-card";
import { approvalsHref, type TileFilters } from "./list-links";

type Pending = {
  ages: { total: number; onTime: number; late: number; overdue: number };
  oldest: { id: string; label: string; toStage: string; createdAt: Date; ageSeconds: number }[];
};

export async function PendingApprovalsCard({
  data,
  filters,
}: {
  data: Promise<Pending>;
  filters: TileFilters;
}) {
  const { ages, oldest } = await data;
  const bands = [
    { label: `Under ${LATE_AFTER_DAYS} days`, count: ages.onTime, color: "#059669" },
    { label: `${LATE_AFTER_DAYS} to ${OVERDUE_AFTER_DAYS} days`, count: ages.late, color: "#d97706" },
    { label: `${OVERDUE_AFTER_DAYS} days or more`, count: ages.overdue, color: "#dc2626" },
  ];
  return (
    <DashboardCard
      title="Pending approvals"
      description={`${ages.total} promotion ${ages.total === 1 ? "request waits" : "requests wait"} for a decision, by how long they have waited; the longest waiting first below.`}
      links={[{ href: approvalsHref(filters), label: `Pending requests: ${ages.total}` }]}
    >
      {ages.total === 0 ? (
        <ChartEmpty title="Nothing waits for a decision">
          Requests appear here when someone asks to promote a version.
        </ChartEmpty>
      ) : (
        <>
          <ChartFrame
            height={180}
            summary={`Bar chart of ${ages.total} pending requests by age: ${bands.map((b) => `${b.count} ${b.label.toLowerCase()}`).join(", ")}.`}
            caption="Pending promotion requests by age"
            columns={["Waiting", "Requests"]}
            rows={bands.map((b) => [b.label, b.count])}
          >
            <CountBarChart valueName="Requests" data={bands} />
          </ChartFrame>
          <ol aria-label="Longest waiting requests" className="mt-3 divide-y divide-slate-100 text-sm">
            {oldest.map((request) => (
              <li key={request.id} className="flex items-center justify-between gap-3 py-1.5">
                <Link
                  href={`/approvals/${request.id}`}
                  prefetch={false}
                  className="text-indigo-700 hover:underline"
                >
                  {request.label} to {enumLabel(request.toStage).toLowerCase()}
                </Link>
                <RequestAge ageSeconds={request.ageSeconds} createdAt={request.createdAt} pending />
              </li>
            ))}
          </ol>
        </>
      )}
    </DashboardCard>
  );
}
