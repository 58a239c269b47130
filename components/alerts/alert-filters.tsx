import { buttonClass } from "@/components/ui/button";
import { inputClassName } from "@/components/ui/form-field";

const FILTERS = [
  { name: "status", label: "Status", options: ["OPEN", "ACKNOWLEDGED", "RESOLVED"] },
  { name: "severity", label: "Severity", options: ["CRITICAL", "WARNING", "INFO"] },
  {
    name: "kind",
    label: "Kind",
    options: ["DRIFT", "FAIRNESS", "POLICY", "EVALUATION", "PROMOTION", "ERASURE", "WEBHOOK"],
  },
] as const;

const label = (value: string) => value.charAt(0) + value.slice(1).toLowerCase();

/** A plain GET form: the filters live in the address, so a filtered list can be linked (as the dashboard does). */
export function AlertFilters({ selected }: { selected: Record<string, string | undefined> }) {
  return (
    <form method="get" action="/alerts" aria-label="Filter alerts" className="flex flex-wrap items-end gap-3">
      {FILTERS.map((filter) => (
        <div key={filter.name}>
          <label htmlFor={`alert-filter-${filter.name}`} className="block text-sm font-medium text-slate-800">
            {filter.label}
          </label>
          <select
            id={`alert-filter-${filter.name}`}
            name={filter.name}
            defaultValue={selected[filter.name] ?? ""}
            className={`mt-1 ${inputClassName(false)}`}
          >
            <option value="">Any</option>
            {filter.options.map((option) => (
              <option key={option} value={option}>
                {label(option)}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" className={buttonClass("secondary")}>
        Filter
      </button>
    </form>
  );
}
