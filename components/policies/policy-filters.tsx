import Link from "next/link";
import { PolicyMode, Stage } from "@/generated/prisma/enums";
import { Button } from "@/components/ui/button";
import { STAGE_LABELS } from "@/lib/labels";
import { MODE_LABELS } from "@/lib/policy/rule-labels";

export type PolicyListParams = { targetStage?: string; mode?: string; enabled?: string };

const control =
  "mt-1 w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200";

function Select(props: {
  name: string;
  label: string;
  value?: string;
  any: string;
  options: [string, string][];
}) {
  return (
    <div className="w-48">
      <label htmlFor={`filter-${props.name}`} className="block text-xs font-medium text-slate-700">
        {props.label}
      </label>
      <select
        id={`filter-${props.name}`}
        name={props.name}
        defaultValue={props.value ?? ""}
        className={control}
      >
        <option value="">{props.any}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: the filters live in the address, so a filtered list can be shared. */
export function PolicyFilters({ params }: { params: PolicyListParams }) {
  const filtered = !!(params.targetStage || params.mode || params.enabled);
  return (
    <form
      method="get"
      action="/policies"
      role="search"
      aria-label="Filter policies"
      className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <Select
        name="targetStage"
        label="Target stage"
        value={params.targetStage}
        any="Any stage"
        options={Object.values(Stage).map((stage) => [stage, STAGE_LABELS[stage]])}
      />
      <Select
        name="mode"
        label="Mode"
        value={params.mode}
        any="Shadow or enforce"
        options={Object.values(PolicyMode).map((mode) => [mode, MODE_LABELS[mode]])}
      />
      <Select
        name="enabled"
        label="Status"
        value={params.enabled}
        any="Enabled or disabled"
        options={[
          ["true", "Enabled"],
          ["false", "Disabled"],
        ]}
      />
      <div className="ml-auto flex items-center gap-3">
        {filtered && (
          <Link href="/policies" className="text-sm font-medium text-indigo-700 hover:underline">
            Clear filters
          </Link>
        )}
        <Button type="submit">Apply filters</Button>
      </div>
    </form>
  );
}
