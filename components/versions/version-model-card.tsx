import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { splitFrontMatter } from "@/lib/formats/model-card";
import { checkSections, type SectionStatus } from "@/lib/formats/model-card-sections";
import { ModelCardMarkdown } from "./model-card-markdown";

const STATUS: Record<SectionStatus, { tone: "green" | "amber" | "red"; text: string }> = {
  present: { tone: "green", text: "Present" },
  empty: { tone: "amber", text: "Heading only" },
  missing: { tone: "red", text: "Missing" },
};

/** Front matter is metadata for machines: shown apart, as YAML, rather than rendered as a paragraph. */
function splitCard(markdown: string) {
  try {
    return splitFrontMatter(markdown);
  } catch {
    // An unclosed `---` block: show the text as it was registered rather than guess where the YAML ends.
    return { yaml: null, body: markdown };
  }
}

/** The card as written, beside the checklist of sections governance asks every card to have. */
export function VersionModelCard({ markdown }: { markdown: string | null }) {
  const { yaml, body } = splitCard(markdown ?? "");
  const sections = checkSections(body);
  const done = sections.filter((s) => s.status === "present").length;
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <Card title="Model card">
        {yaml && (
          <details className="mb-4 rounded-md border border-slate-200">
            <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-800">
              Front matter (YAML)
            </summary>
            <pre
              tabIndex={0}
              className="overflow-x-auto border-t border-slate-200 p-3 font-mono text-xs text-slate-800"
            >
              {yaml}
            </pre>
          </details>
        )}
        {body.trim() ? (
          <ModelCardMarkdown markdown={body} />
        ) : (
          <EmptyState title="No model card">
            This version was registered without a model card. A card is fixed at registration; the next
            version can carry one.
          </EmptyState>
        )}
      </Card>
      <Card title="Required sections">
        <p className="mb-3 text-sm text-slate-700">
          {done} of {sections.length} sections written.
        </p>
        <ul className="space-y-2 text-sm">
          {sections.map((section) => (
            <li key={section.key} className="flex items-start justify-between gap-2">
              <span>
                <span className="font-medium text-slate-900">{section.label}</span>
                {section.heading && (
                  <span className="block text-xs text-slate-600">under “{section.heading}”</span>
                )}
              </span>
              <Badge tone={STATUS[section.status].tone}>{STATUS[section.status].text}</Badge>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
