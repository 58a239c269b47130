import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ReviewDecision } from "@/lib/promotions/review-types";

/** The officers' decisions on this request so far, oldest first, with what they said. */
export function DecisionHistory({ decisions }: { decisions: ReviewDecision[] }) {
  if (decisions.length === 0) return <p className="text-sm text-slate-600">No officer has decided yet.</p>;
  return (
    <ol className="space-y-3">
      {decisions.map((decision) => (
        <li key={decision.id} className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <Badge tone={decision.decision === "APPROVE" ? "green" : "red"}>
              {decision.decision === "APPROVE" ? "Approved" : "Rejected"}
            </Badge>
            <span className="font-medium text-slate-900" title={decision.approver.email}>
              {decision.approver.name}
            </span>
            <span className="text-slate-600">
              <RelativeTime date={decision.createdAt} />
            </span>
          </p>
          {decision.comment ? (
            <p className="mt-2 whitespace-pre-wrap text-sm text-slate-800">{decision.comment}</p>
          ) : (
            <p className="mt-2 text-sm text-slate-600">No comment.</p>
          )}
        </li>
      ))}
    </ol>
  );
}
