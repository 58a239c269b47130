import { describeChanges, prettyJson, type IdNames } from "@/lib/audit/describe-changes";

/**
 * What an event changed: `{ field: { from, to } }` as "field: from → to", anything else as JSON in a
 * collapsible block (open by default where the event is the page's subject).
 */
export function ChangesView({
  changes,
  references = {},
  jsonOpen = false,
}: {
  changes: unknown;
  /** what the ids in `changes` are, shown beside the JSON that keeps them as recorded */
  references?: IdNames;
  jsonOpen?: boolean;
}) {
  const { fieldChanges, other } = describeChanges(changes, references);
  const named = Object.entries(references);
  if (fieldChanges.length === 0 && other === null)
    return <p className="text-sm text-slate-600">No details recorded.</p>;
  return (
    <div className="space-y-2 text-sm">
      {fieldChanges.length > 0 && (
        <ul className="space-y-1">
          {fieldChanges.map((change) => (
            <li key={change.field} className="break-words">
              <span className="font-medium text-slate-900">{change.field}</span>
              {": "}
              <del className="rounded bg-red-50 px-1 font-mono text-xs text-red-800">{change.from}</del>
              <span aria-hidden="true"> → </span>
              <span className="sr-only"> changed to </span>
              <ins className="rounded bg-emerald-50 px-1 font-mono text-xs text-emerald-800 no-underline">
                {change.to}
              </ins>
            </li>
          ))}
        </ul>
      )}
      {other !== null && (
        <details open={jsonOpen} className="group rounded-md border border-slate-200 bg-slate-50">
          <summary className="cursor-pointer px-3 py-1.5 text-xs font-medium text-slate-700 hover:text-slate-900">
            {fieldChanges.length > 0 ? "Other recorded details" : "Recorded details"} (JSON)
          </summary>
          {named.length > 0 && (
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 border-t border-slate-200 px-3 py-2 text-xs">
              {named.map(([id, name]) => (
                <div key={id} className="contents">
                  <dt className="break-all font-mono text-slate-600">{id}</dt>
                  <dd className="font-medium text-slate-900">{name}</dd>
                </div>
              ))}
            </dl>
          )}
          <pre
            tabIndex={0}
            aria-label="Recorded details as JSON"
            className="max-h-80 overflow-auto border-t border-slate-200 px-3 py-2 font-mono text-xs leading-relaxed text-slate-800"
          >
            {prettyJson(other)}
          </pre>
        </details>
      )}
    </div>
  );
}
