import { buttonClass } from "@/components/ui/button";

/** Narrows the impact list to one dataset version; a GET form so the filtered view has an address. */
export function DatasetImpactFilter({
  datasetId,
  versions,
  selected,
}: {
  datasetId: string;
  versions: { id: string; version: number; label: string | null }[];
  selected?: string;
}) {
  return (
    <form
      method="get"
      action={`/datasets/${datasetId}#impact`}
      className="mb-4 flex flex-wrap items-end gap-3"
    >
      <div>
        <label htmlFor="impact-version" className="block text-sm font-medium text-slate-800">
          Dataset version
        </label>
        <select
          id="impact-version"
          name="datasetVersion"
          defaultValue={selected ?? ""}
          className="mt-1 rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200"
        >
          <option value="">All versions</option>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              v{v.version}
              {v.label ? ` · ${v.label}` : ""}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary", "py-2")}>
        Show
      </button>
    </form>
  );
}
