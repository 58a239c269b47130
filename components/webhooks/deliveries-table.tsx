import { Badge } from "@/components/ui/badge";
import { type Column, DataTable } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ServerAction } from "@/lib/action-result";
import { RedeliverButton } from "./redeliver-button";

type Attempt = {
  attempt: number;
  startedAt: Date;
  durationMs: number;
  responseCode: number | null;
  succeeded: boolean;
  error: string | null;
};
type Delivery = {
  id: string;
  eventId: string;
  event: string;
  status: string;
  attempts: number;
  nextAttemptAt: Date | null;
  createdAt: Date;
  attemptLog: Attempt[];
};

const STATUS = {
  SUCCEEDED: { tone: "green", text: "Delivered" },
  FAILED: { tone: "red", text: "Failed" },
  PENDING: { tone: "amber", text: "Pending" },
} as const;

function AttemptLog({ attempts }: { attempts: Attempt[] }) {
  if (attempts.length === 0) return <span className="text-slate-500">Not tried yet</span>;
  return (
    <ol className="space-y-1 text-xs">
      {attempts.map((a) => (
        <li key={a.attempt} data-testid="delivery-attempt">
          <span className="font-medium">Attempt {a.attempt}</span>: {a.responseCode ?? "no answer"} in{" "}
          {a.durationMs} ms, {a.succeeded ? "delivered" : (a.error ?? "failed")} (
          <RelativeTime date={a.startedAt} />)
        </li>
      ))}
    </ol>
  );
}

type Props = {
  webhookId: string;
  deliveries: Delivery[];
  redeliver: ServerAction<{ id: string; deliveryId: string }, unknown>;
};

/** The delivery log: each event sent, its status and every attempt (response code, duration). */
export function DeliveriesTable({ webhookId, deliveries, redeliver }: Props) {
  const columns: Column<Delivery>[] = [
    {
      key: "sent",
      header: "Created",
      className: "whitespace-nowrap",
      cell: (d) => <RelativeTime date={d.createdAt} />,
    },
    {
      key: "event",
      header: "Event",
      cell: (d) => (
        <>
          <code className="font-mono text-xs">{d.event}</code>
          <span className="block font-mono text-xs text-slate-500">{d.eventId}</span>
        </>
      ),
    },
    {
      key: "status",
      header: "Status",
      cell: (d) => {
        const status = STATUS[d.status as keyof typeof STATUS] ?? STATUS.PENDING;
        return (
          <>
            <Badge tone={status.tone}>{status.text}</Badge>
            {d.nextAttemptAt && (
              <span className="block text-xs text-slate-600">
                next try <RelativeTime date={d.nextAttemptAt} />
              </span>
            )}
          </>
        );
      },
    },
    { key: "attempts", header: "Attempts", cell: (d) => <AttemptLog attempts={d.attemptLog} /> },
    {
      key: "actions",
      header: "Actions",
      hideHeader: true,
      cell: (d) =>
        d.status === "PENDING" ? null : (
          <RedeliverButton webhookId={webhookId} deliveryId={d.id} event={d.event} redeliver={redeliver} />
        ),
    },
  ];
  return (
    <DataTable
      caption="Delivery log"
      columns={columns}
      rows={deliveries}
      rowKey={(d) => d.id}
      rowProps={(d) => ({ "data-delivery-status": d.status })}
    />
  );
}
