import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { ReviewEvidence } from "@/lib/promotions/review-types";

const STATUS = {
  present: { tone: "green", text: "Written" },
  empty: { tone: "amber", text: "Heading only" },
  missing: { tone: "red", text: "Missing" },
} as const;

/** The model card's required sections as recorded at registration. */
export function ModelCardStatus({
  sections,
  versionId,
}: {
  sections: ReviewEvidence["modelCard"];
  versionId: string;
}) {
  if (!sections)
    return <p className="text-sm text-slate-600">This version was registered without a model card.</p>;
  const written = sections.filter((section) => section.status === "present").length;
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <p className="text-sm text-slate-700">
        <span className="font-semibold text-slate-900">
          {written} of {sections.length}
        </span>{" "}
        required sections written.{" "}
        <Link
          href={`/versions/${versionId}?tab=model-card`}
          className="font-medium text-indigo-700 hover:underline"
        >
          Read the model card
        </Link>
      </p>
      <ul aria-label="Model card sections" className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {sections.map((section) => (
          <li key={section.key} className="flex items-center gap-2">
            <span className="text-slate-800">{section.label}</span>
            <Badge tone={STATUS[section.status].tone}>{STATUS[section.status].text}</Badge>
          </li>
        ))}
      </ul>
    </div>
  );
}
