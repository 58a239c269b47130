import Link from "next/link";
import { RelativeTime } from "@/components/ui/relative-time";
import type { AuditEventDto } from "@/lib/schemas/audit";
import { ChangesView } from "./changes-view";
import { actionVerb, actorLabel, utcTimestamp } from "./event-labels";

type Props = {
  events: AuditEventDto[];
  /** There are older events than these (listEntityEvents' `hasMore`). */
  hasMore?: boolean;
  /** Where the rest lives, for readers who may open the audit trail. */
  moreHref?: string;
  now?: Date;
};

/** An entity's change log as a timeline, newest first: when, who, what changed. */
export function ChangeLog({ events, hasMore = false, moreHref, now }: Props) {
  if (events.length === 0)
    return <p className="text-sm text-slate-600">No changes have been recorded yet.</p>;
  return (
    <div>
      <ol className="relative ml-2 border-l border-slate-200">
        {events.map((event) => (
          <li key={event.id} className="relative pb-5 pl-5 last:pb-0">
            <span
              aria-hidden="true"
              className="absolute -left-[5px] top-1.5 h-2.5 w-2.5 rounded-full bg-indigo-500 ring-2 ring-white"
            />
            <p className="text-sm text-slate-900">
              <span className="font-semibold">{actionVerb(event.action)}</span> by{" "}
              <span className="font-medium" title={event.actor.email ?? undefined}>
                {actorLabel(event.actor)}
              </span>
            </p>
            <p className="mt-0.5 text-xs text-slate-600">
              <RelativeTime date={event.occurredAt} now={now} /> · {utcTimestamp(event.occurredAt)} ·{" "}
              <code className="font-mono">{event.action}</code>
            </p>
            <div className="mt-2">
              <ChangesView changes={event.changes} references={event.references} />
            </div>
          </li>
        ))}
      </ol>
      {hasMore && (
        <p className="mt-4 text-sm text-slate-600">
          Older changes are not shown.
          {moreHref && (
            <>
              {" "}
              <Link href={moreHref} className="font-medium text-indigo-700 underline hover:text-indigo-900">
                See the full audit trail
              </Link>
            </>
          )}
        </p>
      )}
    </div>
  );
}
