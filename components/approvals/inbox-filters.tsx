import Link from "next/link";
import { RISK_LABELS, RISK_TIERS, STAGE_LABELS, STAGES } from "@/lib/labels";
import { Button } from "@/components/ui/button";
import { hasInboxFilters, inboxHref, type InboxParams } from "./inbox-params";

const control =
  "mt-1 w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200";

function Select({
  name,
  label,
  value,
  any,
  options,
}: {
  name: string;
  label: string;
  value?: string;
  any: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="w-48">
      <label htmlFor={`inbox-${name}`} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <select id={`inbox-${name}`} name={name} defaultValue={value ?? ""} className={control}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A plain GET form (works before JavaScript loads, and the address can be shared): target stage, risk
 * tier and owning team. The status tab rides along as a hidden field; applying starts at the first page.
 */
export function InboxFilters({
  params,
  teams,
}: {
  params: InboxParams;
  teams: { slug: string; name: string }[];
}) {
  return (
    <form
      method="get"
      action="/approvals"
      role="search"
      aria-label="Filter promotion requests"
      className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm"
    >
      {params.status !== "PENDING" && <input type="hidden" name="status" value={params.status} />}
      <Select
        name="stage"
        label="Target stage"
        value={params.stage}
        any="Any target stage"
        options={STAGES.filter((stage) => stage !== "DEVELOPMENT").map((stage) => ({
          value: stage,
          label: STAGE_LABELS[stage],
        }))}
      />
      <Select
        name="riskTier"
        label="Risk tier"
        value={params.riskTier}
        any="Any risk tier"
        options={RISK_TIERS.map((tier) => ({ value: tier, label: RISK_LABELS[tier] }))}
      />
      <Select
        name="team"
        label="Team"
        value={params.team}
        any="Any team"
        options={teams.map((team) => ({ value: team.slug, label: team.name }))}
      />
      <div className="ml-auto flex items-center gap-3">
        {hasInboxFilters(params) && (
          <Link
            href={inboxHref({ status: params.status })}
            className="text-sm font-medium text-indigo-700 hover:underline"
          >
            Clear filters
          </Link>
        )}
        <Button type="submit" variant="secondary">
          Apply filters
        </Button>
      </div>
    </form>
  );
}
