"use client";

const NAMES: Record<string, string> = {
  parents: "Lineage",
  datasets: "Datasets",
  adapter: "Adapter",
  "adapter.type": "Adapter type",
  "adapter.rank": "Rank",
  "adapter.alpha": "Alpha",
  "adapter.dropout": "Dropout",
  "adapter.targetModules": "Target modules",
  hyperparameters: "Hyperparameters",
  codeCommit: "Code commit",
  "compute.gpuType": "GPU type",
  "compute.gpuCount": "GPU count",
  "compute.gpuHours": "GPU hours",
  trainingStartedAt: "Training started",
  trainingFinishedAt: "Training finished",
  parameterCount: "Parameter count",
  contextLength: "Context length",
  modelCard: "Model card",
  modelLicense: "Model licence",
  tags: "Tags",
  notes: "Notes",
};

/** `parents.1.versionId` reads "Parent 2", `tags.3` reads "Tags". */
function nameOf(key: string): string {
  const row = /^(parents|datasets)\.(\d+)\./.exec(key);
  if (row) return `${row[1] === "parents" ? "Parent" : "Dataset"} ${Number(row[2]) + 1}`;
  const parts = key.split(".");
  for (let length = parts.length; length > 0; length--) {
    const name = NAMES[parts.slice(0, length).join(".")];
    if (name) return name;
  }
  return key === "_" ? "Form" : key;
}

/** Moves focus to the control of a field: the most specific element id that exists (`tags-3`, then `tags`). */
function focusField(key: string) {
  const parts = key.split(".");
  for (let length = parts.length; length > 0; length--) {
    const element = document.getElementById(parts.slice(0, length).join("-"));
    if (element) return element.focus();
  }
}

/** Every refused field at the top of the form, each a link to its control, so none is missed in a long form. */
export function RegisterErrorSummary({
  message,
  errors,
  ref,
}: {
  message?: string;
  errors: Record<string, string>;
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
                {nameOf(key)}
              </a>
              : {text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
