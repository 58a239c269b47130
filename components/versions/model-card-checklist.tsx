import type { SectionCheck } from "@/lib/formats/model-card-sections";

const STATUS = {
  present: { mark: "✓", text: "Written", tone: "text-emerald-800", ring: "bg-emerald-100 text-emerald-800" },
  empty: {
    mark: "!",
    text: "Heading only: add the words",
    tone: "text-amber-900",
    ring: "bg-amber-100 text-amber-900",
  },
  missing: { mark: "✕", text: "Missing", tone: "text-slate-700", ring: "bg-slate-100 text-slate-700" },
} as const;

/** The required sections of a model card, as the shared section detection reads the markdown right now. */
export function ModelCardChecklist({ sections }: { sections: SectionCheck[] }) {
  const written = sections.filter((section) => section.status === "present").length;
  return (
    <div className="rounded-md border border-slate-200 bg-slate-50 p-4">
      <h3 className="text-sm font-semibold text-slate-900">Required sections</h3>
      <p aria-live="polite" className="mt-1 text-xs text-slate-700">
        {written} of {sections.length} written
      </p>
      <ul aria-label="Required sections of the model card" className="mt-3 space-y-2">
        {sections.map((section) => {
          const status = STATUS[section.status];
          return (
            <li key={section.key} className="flex items-start gap-2 text-sm" data-status={section.status}>
              <span
                aria-hidden
                className={`mt-0.5 grid h-5 w-5 shrink-0 place-items-center rounded-full text-xs font-bold ${status.ring}`}
              >
                {status.mark}
              </span>
              <span>
                <span className="font-medium text-slate-900">{section.label}</span>
                <span className={`block text-xs ${status.tone}`}>
                  {status.text}
                  {section.heading && section.status !== "missing" ? ` (“${section.heading}”)` : ""}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
      <p className="mt-3 text-xs text-slate-600">
        Any heading people usually write counts, e.g. “Uses”, “Bias, Risks, and Limitations”, “Training
        Details”.
      </p>
    </div>
  );
}
