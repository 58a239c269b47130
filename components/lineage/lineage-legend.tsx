import { STAGE_COLORS } from "@/components/ui/badge";
import { STAGE_LABELS } from "@/lib/labels";
import type { Stage } from "@/generated/prisma/enums";

/** What the colours and marks of the graph mean. */
export function LineageLegend() {
  return (
    <ul aria-label="Legend" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-700">
      {(Object.keys(STAGE_LABELS) as Stage[]).map((stage) => (
        <li key={stage} className="flex items-center gap-1.5">
          <span
            className="inline-block h-3 w-3 rounded-sm border-2"
            style={{ borderColor: STAGE_COLORS[stage] }}
            aria-hidden="true"
          />
          {STAGE_LABELS[stage]}
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <span className="inline-block h-3 w-3 rounded-sm ring-2 ring-indigo-500" aria-hidden="true" />
        This version
      </li>
      <li>Parents above children; edges name the relation</li>
    </ul>
  );
}
