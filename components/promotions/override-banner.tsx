import { RelativeTime } from "@/components/ui/relative-time";
import { STAGE_LABELS } from "@/lib/labels";
import type { Stage } from "@/generated/prisma/enums";

/** Said at the top of a version whose stage an admin set by emergency override, until the stage moves again. */
export function OverrideBanner({
  override,
}: {
  override: {
    id: string;
    toStage: Stage;
    justification: string;
    createdAt: Date;
    decidedAt: Date | null;
    requestedBy: { name: string; email: string };
  };
}) {
  return (
    <div
      role="note"
      aria-label="Emergency override"
      className="mb-6 rounded-lg border-l-4 border-red-500 bg-red-50 px-4 py-3 text-sm text-red-900"
    >
      <p className="font-semibold">
        {STAGE_LABELS[override.toStage]} by emergency override: no policy or officer reviewed this move.
      </p>
      <p className="mt-1">
        <span title={override.requestedBy.email}>{override.requestedBy.name}</span> moved this version{" "}
        <RelativeTime date={override.decidedAt ?? override.createdAt} />. Reason:{" "}
        <q className="italic">{override.justification}</q>
      </p>
    </div>
  );
}
