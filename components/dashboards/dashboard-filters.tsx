import Link from "next/link";
import { Button } from "@/components/ui/button";
import { RISK_LABELS, RISK_TIERS } from "@/lib/labels";
import type { TileFilters } from "./list-links";

const control =
  "mt-1 w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200";
const labelClass = "block text-xs font-medium text-slate-700";

/** A plain GET form: the filters live in the URL, so a filtered dashboard can be shared and bookmarked. */
export function DashboardFilters({
  filters,
  teams,
}: {
  filters: TileFilters;
  teams: { slug: string; name: string }[];
}) {
  return (
    <form
      method="get"
      action="/dashboards"
      role="search"
      aria-label="Filter the dashboard"
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="w-56">
        <label htmlFor="dashboard-team" className={labelClass}>
          Team
        </label>
        <select id="dashboard-team" name="team" defaultValue={filters.team ?? ""} className={control}>
          <option value="">Every team</option>
          {teams.map((team) => (
            <option key={team.slug} value={team.slug}>
              {team.name}
            </option>
          ))}
          {filters.team && !teams.some((team) => team.slug === filters.team) && (
            <option value={filters.team}>{filters.team}</option>
          )}
        </select>
      </div>
      <div className="w-44">
        <label htmlFor="dashboard-risk" className={labelClass}>
          Risk tier
        </label>
        <select id="dashboard-risk" name="riskTier" defaultValue={filters.riskTier ?? ""} className={control}>
          <option value="">Every risk tier</option>
          {RISK_TIERS.map((tier) => (
            <option key={tier} value={tier}>
              {RISK_LABELS[tier]}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit">Apply filters</Button>
      {(filters.team || filters.riskTier) && (
        <Link href="/dashboards" className="text-sm font-medium text-indigo-700 hover:underline">
          Clear filters
        </Link>
      )}
    </form>
  );
}
