import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import type { AuditEventDto } from "@/lib/schemas/audit";
import { ChangesView } from "./changes-view";
import { actorLabel, entityTypeLabel, eventHref, utcTimestamp } from "./event-labels";

type Neighbour = { id: string; seq: string } | null;
type Props = {
  event: AuditEventDto;
  previous: Neighbour;
  next: Neighbour;
  check: { hashMatchesContent: boolean; linksToPrevious: boolean };
  /** The audit trail filtered to this event's entity. */
  entityTrail: string;
};

const Check = ({ ok, good, bad }: { ok: boolean; good: string; bad: string }) => (
  <li className="flex items-center gap-2 text-sm">
    <Badge tone={ok ? "green" : "red"}>{ok ? "Verified" : "Fails"}</Badge>
    {ok ? good : bad}
  </li>
);

/** One event in full, with the two checks the chain verifier makes on it. */
export function AuditEventDetail({ event, previous, next, check, entityTrail }: Props) {
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <Card title="Event">
          <dl className="grid grid-cols-[10rem_1fr] gap-x-4 gap-y-3 text-sm">
            <dt className="font-medium text-slate-600">When</dt>
            <dd>
              <RelativeTime date={event.occurredAt} /> ·{" "}
              <span className="font-mono text-xs">{utcTimestamp(event.occurredAt)}</span>
            </dd>
            <dt className="font-medium text-slate-600">Actor</dt>
            <dd>
              {actorLabel(event.actor)}
              {event.actor.name && event.actor.email && (
                <span className="ml-2 text-xs text-slate-600">{event.actor.email}</span>
              )}
              {event.actor.id && (
                <span className="ml-2 font-mono text-xs text-slate-600">{event.actor.id}</span>
              )}
            </dd>
            <dt className="font-medium text-slate-600">Action</dt>
            <dd className="font-mono text-xs">{event.action}</dd>
            <dt className="font-medium text-slate-600">Entity</dt>
            <dd>
              {entityTypeLabel(event.entity.type)}{" "}
              {event.entity.label && <span className="font-medium">{event.entity.label}</span>}{" "}
              <span className="break-all font-mono text-xs">{event.entity.id}</span>{" "}
              <Link href={entityTrail} className="ml-1 text-indigo-700 underline hover:text-indigo-900">
                All events of this entity
              </Link>
            </dd>
            <dt className="font-medium text-slate-600">Event id</dt>
            <dd className="break-all font-mono text-xs">{event.id}</dd>
          </dl>
        </Card>
        <Card title="Changes">
          <ChangesView changes={event.changes} references={event.references} jsonOpen />
        </Card>
      </div>
      <div className="space-y-6">
        <Card title="Integrity">
          <ul className="space-y-2">
            <Check
              ok={check.hashMatchesContent}
              good="The hash matches the content"
              bad="The hash does not match the content: the event was altered after it was written"
            />
            <Check
              ok={check.linksToPrevious}
              good="Links to the event before it"
              bad="Does not link to the event before it: an event before it was removed or altered"
            />
          </ul>
          <dl className="mt-4 space-y-2 text-xs">
            <dt className="font-medium text-slate-600">Previous hash</dt>
            <dd className="break-all font-mono">{event.prevHash}</dd>
            <dt className="font-medium text-slate-600">Hash</dt>
            <dd className="break-all font-mono">{event.hash}</dd>
          </dl>
        </Card>
        <nav aria-label="Neighbouring events" className="flex justify-between text-sm">
          {previous ? (
            <Link href={eventHref(previous.id)} className="text-indigo-700 underline hover:text-indigo-900">
              ← Event #{previous.seq}
            </Link>
          ) : (
            <span className="text-slate-600">First event</span>
          )}
          {next ? (
            <Link href={eventHref(next.id)} className="text-indigo-700 underline hover:text-indigo-900">
              Event #{next.seq} →
            </Link>
          ) : (
            <span className="text-slate-600">Latest event</span>
          )}
        </nav>
      </div>
    </div>
  );
}
