import Link from "next/link";
import { StageBadge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { MAX_COMPARED } from "@/lib/schemas/compare";
import { compareHref } from "./compare-href";

export type PickerVersion = { id: string; label: string; stage: string };

/**
 * Adds and removes versions through links and a plain GET form, so it works before any JavaScript has
 * loaded and every state of the page is a URL.
 */
export function VersionPicker({
  selected,
  q,
  results,
}: {
  selected: PickerVersion[];
  q?: string;
  results: PickerVersion[] | null;
}) {
  const ids = selected.map((version) => version.id);
  const full = ids.length >= MAX_COMPARED;
  return (
    <section
      aria-labelledby="picker-title"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="picker-title" className="text-sm font-semibold text-slate-900">
        Versions compared ({ids.length} of at most {MAX_COMPARED})
      </h2>
      {selected.length > 0 ? (
        <ul className="mt-2 flex flex-wrap gap-2">
          {selected.map((version) => (
            <li
              key={version.id}
              className="flex items-center gap-2 rounded-md bg-slate-100 px-2 py-1 text-sm"
            >
              <span>{version.label}</span>
              <StageBadge stage={version.stage} />
              <Link
                prefetch={false}
                href={compareHref(
                  ids.filter((id) => id !== version.id),
                  q ? { q } : {},
                )}
                className="text-xs text-red-700 hover:underline"
                aria-label={`Remove ${version.label}`}
              >
                Remove
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-slate-600">
          None yet: search for a model below and add its versions.
        </p>
      )}
      <form action="/compare" method="get" className="mt-4 flex flex-wrap items-end gap-2" role="search">
        {ids.map((id) => (
          <input key={id} type="hidden" name="v" value={id} />
        ))}
        <div>
          <label htmlFor="compare-q" className="block text-xs font-medium text-slate-700">
            Find versions by model name
          </label>
          <input
            id="compare-q"
            name="q"
            defaultValue={q}
            className="mt-1 w-64 rounded-md border border-slate-300 px-2.5 py-1.5 text-sm"
          />
        </div>
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
      {results && (
        <div className="mt-3">
          {results.length === 0 ? (
            <p className="text-sm text-slate-600">No version of a model matching “{q}”.</p>
          ) : (
            <ul aria-label="Matching versions" className="divide-y divide-slate-100 text-sm">
              {results.map((version) => (
                <li key={version.id} className="flex items-center justify-between gap-3 py-1.5">
                  <span className="flex items-center gap-2">
                    {version.label} <StageBadge stage={version.stage} />
                  </span>
                  {ids.includes(version.id) ? (
                    <span className="text-xs text-slate-500">Compared</span>
                  ) : full ? (
                    <span className="text-xs text-slate-500">Remove one first</span>
                  ) : (
                    <Link
                      prefetch={false}
                      href={compareHref([...ids, version.id], { q: q ?? "" })}
                      className="text-xs font-medium text-indigo-700 hover:underline"
                      aria-label={`Add ${version.label}`}
                    >
                      Add
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
