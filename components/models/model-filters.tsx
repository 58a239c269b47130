import Link from "next/link";
import { Button } from "@/components/ui/button";
import { KIND_LABELS, MODEL_KINDS, RISK_LABELS, RISK_TIERS, STAGE_LABELS, STAGES } from "@/lib/labels";
import { hasFilters, listsVersions, type ModelListParams } from "./list-params";

const control =
  "mt-1 w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200";
const labelClass = "block text-xs font-medium text-slate-700";

type Option = { value: string; label: string };

function Select({
  name,
  label,
  value,
  options,
  any,
}: {
  name: string;
  label: string;
  value?: string;
  options: Option[];
  any: string;
}) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className={labelClass}>
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={control}>
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

function Text({
  name,
  label,
  value,
  placeholder,
  list,
}: {
  name: string;
  label: string;
  value?: string;
  placeholder?: string;
  list?: string;
}) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className={labelClass}>
        {label}
      </label>
      <input
        id={`filter-${name}`}
        name={name}
        defaultValue={value}
        placeholder={placeholder}
        list={list}
        className={control}
      />
    </div>
  );
}

/**
 * A plain GET form: the URL holds the filters, so a filtered list can be bookmarked and shared, and it
 * works before any JavaScript has loaded. Submitting starts again from the first page (no cursor).
 */
export function ModelFilters({
  params,
  teams,
}: {
  params: ModelListParams;
  teams: { slug: string; name: string }[];
}) {
  const toOptions = <T extends string>(values: T[], labels: Record<T, string>) =>
    values.map((value) => ({ value, label: labels[value] }));
  return (
    <form
      method="get"
      action="/models"
      role="search"
      aria-label="Filter models"
      className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-8">
        <div className="col-span-2">
          <Text name="q" label="Search" value={params.q} placeholder="Name, slug or Hugging Face id" />
        </div>
        <Select
          name="kind"
          label="Kind"
          value={params.kind}
          any="Any kind"
          options={toOptions(MODEL_KINDS, KIND_LABELS)}
        />
        <Select
          name="stage"
          label={listsVersions(params) ? "Stage" : "Has a version in"}
          value={params.stage}
          any="Any stage"
          options={toOptions(STAGES, STAGE_LABELS)}
        />
        <Select
          name="riskTier"
          label="Risk tier"
          value={params.riskTier}
          any="Any risk"
          options={toOptions(RISK_TIERS, RISK_LABELS)}
        />
        <Text
          name="team"
          label="Owner team"
          value={params.team}
          placeholder="Team slug"
          list="filter-team-options"
        />
        <Text name="baseFamily" label="Base family" value={params.baseFamily} placeholder="e.g. llama" />
        <Text name="tag" label="Version tag" value={params.tag} placeholder="e.g. chat" />
      </div>
      <datalist id="filter-team-options">
        {teams.map((team) => (
          <option key={team.slug} value={team.slug}>
            {team.name}
          </option>
        ))}
      </datalist>
      {/* Set by the dashboard's links; kept while other filters change, cleared with the rest. */}
      {params.notEvaluatedInDays && (
        <input type="hidden" name="notEvaluatedInDays" value={params.notEvaluatedInDays} />
      )}
      {params.liveWithFailedPolicy && (
        <input type="hidden" name="liveWithFailedPolicy" value={params.liveWithFailedPolicy} />
      )}
      <div className="mt-3 flex flex-wrap items-end justify-between gap-3">
        <div className="flex flex-wrap gap-3">
          <div className="w-44">
            <Select
              name="view"
              label="List"
              value={params.view === "versions" ? "versions" : undefined}
              any="Models"
              options={[{ value: "versions", label: "Versions" }]}
            />
          </div>
          <div className="w-44">
            <Select
              name="sort"
              label="Sort by"
              value={params.sort === "name" ? "name" : undefined}
              any="Newest created first"
              options={[{ value: "name", label: "Name (A to Z)" }]}
            />
          </div>
        </div>
        <div className="flex items-center gap-3">
          {hasFilters(params) && (
            <Link href="/models" className="text-sm font-medium text-indigo-700 hover:underline">
              Clear filters
            </Link>
          )}
          <Button type="submit">Apply filters</Button>
        </div>
      </div>
    </form>
  );
}
