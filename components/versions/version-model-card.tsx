import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { checkSections, type SectionStatus } from "@/lib/formats/model-card-sections";
import { ModelCardMarkdown } from "./model-card-markdown";

const STATUS: Record<SectionStatus, { tone: "green" | "amber" | "red"; text: string }> = {
  present: { tone: "green", text: "Present" },
  empty: { tone: "amber", text: "Heading only" },
  missing: { tone: "red", text: "Missing" },
};

/** The card as written, beside the checklist of sections governance asks every card to have. */
export function VersionModelCard({ markdown }: { markdown: string | null }) {
  const sections = checkSections(markdown ?? "");
  const done = sections.filter((s) => s.status === "present").length;
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <Card title="Model card">
        {markdown?.trim() ? (
          <ModelCardMarkdown markdown={markdown} />
        ) : (
          <EmptyState title="No model card">This version was registered without a model card. A card is fixed at registration; the next version can carry one.</EmptyState>
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
                {section.heading && <span className="block text-xs text-slate-600">under “{section.heading}”</span>}
              </span>
              <Badge tone={STATUS[section.status].tone}>{STATUS[section.status].text}</Badge>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
