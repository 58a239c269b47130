import Link from "next/link";
import { StageBadge } from "@/components/ui/badge";
import { KIND_LABELS, RELATION_LABELS } from "@/lib/labels";
import type { LineageViewNode } from "@/lib/lineage/view";

/**
 * The same versions as the graph, as plain links in reading order: the way through for screen readers
 * and anyone who prefers text to a canvas.
 */
export function LineageList({ nodes }: { nodes: LineageViewNode[] }) {
  const names = new Map(nodes.map((n) => [n.id, `${n.model.name} v${n.version}`]));
  return (
    <details className="rounded-md border border-slate-200 bg-white">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-800">
        Show as a list ({nodes.length} versions)
      </summary>
      <ol className="divide-y divide-slate-100 border-t border-slate-200 text-sm">
        {nodes.map((node) => (
          <li key={node.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2">
            <Link
              href={`/versions/${node.id}`}
              className="font-medium text-indigo-700 underline-offset-2 hover:underline"
            >
              {names.get(node.id)}
            </Link>
            <span className="text-slate-700">{KIND_LABELS[node.kind]}</span>
            <StageBadge stage={node.stage} />
            {node.isFocus && <span className="text-xs font-semibold text-indigo-700">(this version)</span>}
            {node.parents.length > 0 && (
              <span className="text-slate-600">
                {node.parents.map((p) => `${RELATION_LABELS[p.relation]} ${names.get(p.id)}`).join("; ")}
              </span>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
