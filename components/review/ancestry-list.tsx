import Link from "next/link";
import { Badge, StageBadge } from "@/components/ui/badge";
import { KIND_LABELS, RELATION_LABELS } from "@/lib/labels";
import type { ReviewAncestor } from "@/lib/promotions/review-types";

/** The version's ancestors, nearest first, each with how it relates downwards and the stage it is in. */
export function AncestryList({ ancestors, versionId }: { ancestors: ReviewAncestor[]; versionId: string }) {
  if (ancestors.length === 0)
    return <p className="text-sm text-slate-600">A root version: it has no recorded parents.</p>;
  return (
    <div className="space-y-2">
      <ol
        aria-label="Ancestors, nearest first"
        className="space-y-1.5 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm"
      >
        {ancestors.map((ancestor) => (
          <li
            key={`${ancestor.id}/${ancestor.depth}/${ancestor.relation}`}
            className="flex flex-wrap items-center gap-2"
            style={{ paddingLeft: `${(ancestor.depth - 1) * 1.25}rem` }}
          >
            <span className="text-xs text-slate-600">{RELATION_LABELS[ancestor.relation]}</span>
            <Link href={`/versions/${ancestor.id}`} className="font-medium text-indigo-700 hover:underline">
              {ancestor.label}
            </Link>
            <Badge tone="violet">{KIND_LABELS[ancestor.kind]}</Badge>
            <StageBadge stage={ancestor.stage} />
          </li>
        ))}
      </ol>
      <Link
        href={`/versions/${versionId}?tab=lineage`}
        className="text-sm font-medium text-indigo-700 hover:underline"
      >
        Open the lineage graph
      </Link>
    </div>
  );
}
