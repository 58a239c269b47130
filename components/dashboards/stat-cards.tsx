import Link from "next/link";
import { alertsHref, approvalsHref, modelsListHref, versionsListHref, type TileFilters } from "./list-links";

export type GovernanceStatsView = {
  models: number;
  productionVersions: number;
  pendingApprovals: number;
  policyBreaches: number;
  blockedRequests: number;
  shadowFailures: number;
  openAlerts: number;
};

function StatCard({
  label,
  value,
  hint,
  href,
  alert,
}: {
  label: string;
  value: number;
  hint?: string;
  href?: string;
  alert?: boolean;
}) {
  const body = (
    <>
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd
        className={`mt-1 text-3xl font-semibold tabular-nums ${alert && value > 0 ? "text-red-700" : "text-slate-900"}`}
      >
        {value.toLocaleString("en")}
      </dd>
      {hint && <dd className="mt-1 text-xs text-slate-600">{hint}</dd>}
    </>
  );
  const frame = "block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm";
  return (
    <div>
      {href ? (
        <Link
          href={href}
          className={`${frame} hover:border-indigo-300 hover:bg-indigo-50/40 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500`}
        >
          <dl>{body}</dl>
        </Link>
      ) : (
        <dl className={frame}>{body}</dl>
      )}
    </div>
  );
}

/** Where each headline card leads; a card without one is plain text. */
export type StatCardLinks = Partial<
  Record<"models" | "production" | "pending" | "breaches" | "alerts", string>
>;

/** The headline numbers, each a link where `links` gives one. */
export function GovernanceStatCards({
  stats,
  links = {},
}: {
  stats: GovernanceStatsView;
  links?: StatCardLinks;
}) {
  return (
    <div className="grid grid-cols-2 gap-4 md:grid-cols-3 xl:grid-cols-5">
      <StatCard label="Models" value={stats.models} href={links.models} />
      <StatCard label="Versions in production" value={stats.productionVersions} href={links.production} />
      <StatCard label="Pending approvals" value={stats.pendingApprovals} href={links.pending} />
      <StatCard
        label="Policy breaches (30 days)"
        value={stats.policyBreaches}
        hint={`${stats.blockedRequests} blocked ${stats.blockedRequests === 1 ? "request" : "requests"}, ${stats.shadowFailures} shadow ${stats.shadowFailures === 1 ? "failure" : "failures"}`}
        href={links.breaches}
        alert
      />
      <StatCard label="Open alerts" value={stats.openAlerts} href={links.alerts} alert />
    </div>
  );
}

/**
 * The dashboard's headline cards, each leading to the list it counts, with the dashboard's filters.
 * Breaches lead to the blocked requests; shadow failures have no list of their own (they live on
 * each request's policy results).
 */
export async function GovernanceStatsSection({
  data,
  filters,
}: {
  data: Promise<GovernanceStatsView>;
  filters: TileFilters;
}) {
  return (
    <GovernanceStatCards
      stats={await data}
      links={{
        models: modelsListHref(filters),
        production: versionsListHref(filters, { stage: "PRODUCTION" }),
        pending: approvalsHref(filters),
        breaches: approvalsHref(filters, { status: "BLOCKED" }),
        alerts: alertsHref(filters, { status: "OPEN" }),
      }}
    />
  );
}

export function StatCardsSkeleton() {
  return (
    <div
      role="status"
      aria-label="Loading the headline numbers"
      className="grid grid-cols-2 gap-4 md:grid-cols-3 xl:grid-cols-5"
    >
      {Array.from({ length: 5 }, (_, i) => (
        <div key={i} className="h-24 animate-pulse rounded-lg border border-slate-200 bg-white p-4">
          <div className="h-3 w-2/3 rounded bg-slate-200" />
          <div className="mt-3 h-7 w-1/3 rounded bg-slate-200" />
        </div>
      ))}
    </div>
  );
}
