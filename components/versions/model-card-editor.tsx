"use client";

import { useDeferredValue, useId, useState } from "react";
import Markdown from "react-markdown";
import remarkGfm from "remark-gfm";
import { checkSections } from "@/lib/formats/model-card-sections";
import { ModelCardChecklist } from "./model-card-checklist";

type Props = { value: string; onChange: (value: string) => void; error?: string };
type Tab = "write" | "preview";

// Cards are written by anyone; raw HTML is dropped (skipHtml) and react-markdown's URL filter stays on.
const PROSE =
  "max-w-none text-sm leading-6 text-slate-800 [&_a]:text-indigo-700 [&_a]:underline [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_h1]:mt-4 [&_h1]:text-xl [&_h1]:font-semibold [&_h2]:mt-4 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:mt-3 [&_h3]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_p]:my-2 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-100 [&_pre]:p-3 [&_table]:my-3 [&_td]:border [&_td]:border-slate-200 [&_td]:px-2 [&_th]:border [&_th]:border-slate-200 [&_th]:bg-slate-50 [&_th]:px-2 [&_ul]:list-disc";

/** Markdown with a Write/Preview switch and a live checklist of the sections governance requires. */
export function ModelCardEditor({ value, onChange, error }: Props) {
  const [tab, setTab] = useState<Tab>("write");
  const deferred = useDeferredValue(value);
  const sections = checkSections(deferred);
  const base = useId();
  const tabs: { key: Tab; label: string }[] = [
    { key: "write", label: "Write" },
    { key: "preview", label: "Preview" },
  ];

  function onTabKey(event: React.KeyboardEvent) {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    const next: Tab = tab === "write" ? "preview" : "write";
    setTab(next);
    document.getElementById(`${base}-${next}-tab`)?.focus();
  }

  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div>
        <div className="flex items-end justify-between">
          <label htmlFor="modelCard" className="text-sm font-medium text-slate-800">
            Model card (markdown)
          </label>
          <div
            role="tablist"
            aria-label="Model card view"
            className="flex rounded-md border border-slate-300 p-0.5 text-sm"
          >
            {tabs.map(({ key, label }) => (
              <button
                key={key}
                id={`${base}-${key}-tab`}
                type="button"
                role="tab"
                aria-selected={tab === key}
                aria-controls={`${base}-${key}-panel`}
                tabIndex={tab === key ? 0 : -1}
                onClick={() => setTab(key)}
                onKeyDown={onTabKey}
                className={`rounded px-3 py-1 font-medium ${tab === key ? "bg-indigo-600 text-white" : "text-slate-700 hover:bg-slate-100"}`}
              >
                {label}
              </button>
            ))}
          </div>
        </div>
        <div
          id={`${base}-write-panel`}
          role="tabpanel"
          aria-labelledby={`${base}-write-tab`}
          hidden={tab !== "write"}
          className="mt-2"
        >
          <textarea
            id="modelCard"
            rows={18}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "modelCard-error" : "modelCard-hint"}
            placeholder={
              "# Model card\n\n## Intended use\n\n## Limitations\n\n## Training data\n\n## Evaluation\n\n## Ethical considerations"
            }
            className={`w-full rounded-md border px-3 py-2 font-mono text-sm focus:outline-none focus:ring-2 ${error ? "border-red-500 focus:ring-red-200" : "border-slate-300 focus:ring-indigo-200"}`}
          />
        </div>
        <div
          id={`${base}-preview-panel`}
          role="tabpanel"
          aria-labelledby={`${base}-preview-tab`}
          hidden={tab !== "preview"}
          tabIndex={0}
          className="mt-2 min-h-[24rem] rounded-md border border-slate-200 bg-white px-4 py-2"
        >
          {deferred.trim() ? (
            <div className={PROSE}>
              <Markdown remarkPlugins={[remarkGfm]} skipHtml>
                {deferred}
              </Markdown>
            </div>
          ) : (
            <p className="py-6 text-center text-sm text-slate-600">Nothing to preview yet.</p>
          )}
        </div>
        <p id="modelCard-hint" className="mt-1 text-xs text-slate-600">
          Stored with the version and fixed once registered. Import a Hugging Face README above to start from
          it.
        </p>
        {error && (
          <p id="modelCard-error" className="mt-1 text-xs font-medium text-red-700">
            {error}
          </p>
        )}
      </div>
      <ModelCardChecklist sections={sections} />
    </div>
  );
}
