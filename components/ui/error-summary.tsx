"use client";

/** The control of a field: the most specific element id that exists (`rules-2-threshold`, then `rules-2`). */
function controlOf(key: string): HTMLElement | null {
  if (typeof document === "undefined") return null;
  const parts = key.split(".");
  for (let length = parts.length; length > 0; length--) {
    const element = document.getElementById(parts.slice(0, length).join("-"));
    if (element) return element;
  }
  return null;
}

/**
 * Messages in the order their fields come on the page, whatever order the checks found them in; one
 * without a control on the page (a message about the form as a whole) comes first.
 */
function inPageOrder(entries: [string, string][]): [string, string][] {
  const placed = entries.map((entry) => ({ entry, control: controlOf(entry[0]) }));
  return placed
    .sort((a, b) => {
      if (!a.control || !b.control) return a.control ? 1 : b.control ? -1 : 0;
      if (a.control === b.control) return 0;
      return a.control.compareDocumentPosition(b.control) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    })
    .map(({ entry }) => entry);
}

/**
 * Every refused field at the top of a long form, in page order, each a link to its control, so none is
 * missed.
 * A field's control has the id of its key with dots as dashes (`adapter.rank` -> `adapter-rank`).
 */
export function ErrorSummary({
  message,
  errors,
  nameOf,
  ref,
}: {
  message?: string;
  errors: Record<string, string>;
  /** the words a person reads for a field key (`rules.2.threshold` -> "Rule 3: Threshold") */
  nameOf: (key: string) => string;
  ref?: React.Ref<HTMLDivElement>;
}) {
  const entries = inPageOrder(Object.entries(errors));
  if (!message && !entries.length) return null;
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-900 focus:outline-none focus:ring-2 focus:ring-red-300"
    >
      <p className="font-semibold">{message ?? "Please correct the highlighted fields"}</p>
      {entries.length > 0 && (
        <ul className="mt-2 list-disc space-y-0.5 pl-5">
          {entries.map(([key, text]) => (
            <li key={key}>
              <a
                href={`#${key.replace(/\./g, "-")}`}
                onClick={(event) => (event.preventDefault(), controlOf(key)?.focus())}
                className="font-medium underline hover:text-red-700"
              >
                {key === "_" ? "Form" : nameOf(key)}
              </a>
              : {text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
