import Link from "next/link";
import type { Column } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { describeChanges } from "@/lib/audit/describe-changes";
import type { AuditEventDto } from "@/lib/schemas/audit";
import { ChangesView } from "./changes-view";
import { actorLabel, entityTypeLabel, eventHref, utcTimestamp } from "./event-labels";

function Changes({ event }: { event: AuditEventDto }) {
  const { summary } = describeChanges(event.changes, event.references);
  if (!summary) return <span className="text-slate-600">No details</span>;
  return (
    <details>
      <summary className="cursor-pointer break-words text-slate-800 hover:text-slate-950">{summary}</summary>
      <div className="mt-2">
        <ChangesView changes={event.changes} references={event.references} jsonOpen />
      </div>
    </details>
  );
}

/** The audit table's columns; `now` keeps relative times the same on the server and in the browser. */
export const auditEventColumns = (now: Date): Column<AuditEventDto>[] => [
  {
    key: "event",
    header: "Event",
    cell: (event) => (
      <Link
        href={eventHref(event.id)}
        className="font-mono text-xs font-medium text-indigo-700 underline hover:text-indigo-900"
        aria-label={`Event ${event.seq}`}
      >
        #{event.seq}
      </Link>
    ),
  },
  {
    key: "when",
    header: "When",
    className: "whitespace-nowrap",
    cell: (event) => (
      <>
        <RelativeTime date={event.occurredAt} now={now} />
        <div className="font-mono text-xs text-slate-600">{utcTimestamp(event.occurredAt)}</div>
      </>
    ),
  },
  {
    key: "actor",
    header: "Actor",
    className: "max-w-56 break-words",
    cell: (event) => <span title={event.actor.email ?? undefined}>{actorLabel(event.actor)}</span>,
  },
  {
    key: "action",
    header: "Action",
    cell: (event) => (
      <code className="font-mono text-xs" data-testid="audit-action">
        {event.action}
      </code>
    ),
  },
  {
    key: "entity",
    header: "Entity",
    className: "max-w-56",
    cell: (event) => (
      <>
        <div className="text-xs text-slate-600">{entityTypeLabel(event.entity.type)}</div>
        {event.entity.label ? (
          <div className="break-words font-medium" title={event.entity.id}>
            {event.entity.label}
          </div>
        ) : (
          <div className="break-all font-mono text-xs text-slate-600">{event.entity.id}</div>
        )}
      </>
    ),
  },
  {
    key: "changes",
    header: "Changes",
    className: "min-w-72 max-w-md",
    cell: (event) => <Changes event={event} />,
  },
];
