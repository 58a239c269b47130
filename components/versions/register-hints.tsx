"use client";

/** Names an imported file gave (Hub ids, dataset names): not records of ours, so a person picks the match. */
export type NameHint = { name: string; source: string };

export function RegisterHints({
  intro,
  hints,
  onSearch,
}: {
  intro: string;
  hints: NameHint[];
  onSearch: (name: string) => void;
}) {
  if (!hints.length) return null;
  return (
    <div className="rounded-md border border-sky-200 bg-sky-50 p-3 text-sm text-sky-950">
      <p>{intro}</p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {hints.map((hint) => (
          <li
            key={`${hint.source}:${hint.name}`}
            className="flex items-center gap-2 rounded border border-sky-200 bg-white px-2 py-1"
          >
            <span className="font-mono text-xs">{hint.name}</span>
            <span className="text-xs text-slate-600">({hint.source})</span>
            <button
              type="button"
              aria-label={`Search the registry for ${hint.name}`}
              onClick={() => onSearch(hint.name)}
              className="text-xs font-medium text-indigo-700 underline hover:text-indigo-900"
            >
              Search for it
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
