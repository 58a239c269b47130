import { buttonClass, ButtonLink } from "@/components/ui/button";

export type DatasetFilterValues = { q?: string; personal?: "yes" | "no" };

const control =
  "rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200";

/** A plain GET form: filters live in the address, so a filtered list can be shared and works without script. */
export function DatasetFilters({ q, personal }: DatasetFilterValues) {
  return (
    <form
      method="get"
      action="/datasets"
      role="search"
      aria-label="Filter datasets"
      className="mb-4 flex flex-wrap items-end gap-3"
    >
      <div>
        <label htmlFor="dataset-q" className="block text-sm font-medium text-slate-800">
          Search
        </label>
        <input
          id="dataset-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={200}
          placeholder="Name or slug"
          className={`${control} mt-1 w-72`}
        />
      </div>
      <div>
        <label htmlFor="dataset-personal" className="block text-sm font-medium text-slate-800">
          Personal data
        </label>
        <select
          id="dataset-personal"
          name="personal"
          defaultValue={personal ?? ""}
          className={`${control} mt-1`}
        >
          <option value="">Any</option>
          <option value="yes">Has a version with personal data</option>
          <option value="no">No version with personal data</option>
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary", "py-2")}>
        Apply
      </button>
      {(q || personal) && (
        <ButtonLink href="/datasets" variant="ghost" className="py-2">
          Clear filters
        </ButtonLink>
      )}
    </form>
  );
}
