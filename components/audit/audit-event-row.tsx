import Link from "next/link";
import { td } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { describeChanges } from "@/lib/audit/describe-changes";
import type { AuditEventDto } from "@/lib/schemas/audit";
import { ChangesView } from "./changes-view";
import { actorLabel, entityTypeLabel, eventHref, utcTimestamp } from "./event-labels";

export function AuditEventRow({ event, now }: { event: AuditEventDto; now: Date }) {
  const { summary } = describeChanges(event.changes, event.references);
  return (
    <tr id={`event-${event.id}`} className="hover:bg-slate-50">
      <td className={td}>
        <Link
          href={eventHref(event.id)}
          className="font-mono text-xs font-medium text-indigo-700 underline hover:text-indigo-900"
          aria-label={`Event ${event.seq}`}
        >
          #{event.seq}
        </Link>
      </td>
      <td className={`${td} whitespace-nowrap`}>
        <RelativeTime date={event.occurredAt} now={now} />
        <div className="font-mono text-xs text-slate-600">{utcTimestamp(event.occurredAt)}</div>
      </td>
      <td className={`${td} max-w-56 break-words`} title={event.actor.email ?? undefined}>
        {actorLabel(event.actor)}
      </td>
      <td className={td}>
        <code className="font-mono text-xs" data-testid="audit-action">
          {event.action}
        </code>
      </td>
      <td className={`${td} max-w-56`}>
        <div className="text-xs text-slate-600">{entityTypeLabel(event.entity.type)}</div>
        {event.entity.label ? (
          <div className="break-words font-medium" title={event.entity.id}>
            {event.entity.label}
          </div>
        ) : (
          <div className="break-all font-mono text-xs text-slate-600">{event.entity.id}</div>
        )}
      </td>
      <td className={`${td} min-w-72 max-w-md`}>
        {summary ? (
          <details>
            <summary className="cursor-pointer break-words text-slate-800 hover:text-slate-950">
              {summary}
            </summary>
            <div className="mt-2">
              <ChangesView changes={event.changes} references={event.references} jsonOpen />
            </div>
          </details>
        ) : (
          <span className="text-slate-600">No details</span>
        )}
      </td>
    </tr>
  );
}
