"use client";

/** Moves focus to the control of a field: the most specific element id that exists (`rules-2-threshold`, then `rules-2`). */
function focusField(key: string) {
  const parts = key.split(".");
  for (let length = parts.length; length > 0; length--) {
    const element = document.getElementById(parts.slice(0, length).join("-"));
    if (element) return element.focus();
  }
}

/**
 * Every refused field at the top of a long form, each a link to its control, so none is missed.
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
  const entries = Object.entries(errors);
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
                onClick={(event) => (event.preventDefault(), focusField(key))}
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
