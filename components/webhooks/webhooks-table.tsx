import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { type Column, DataTable } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";

type Webhook = {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  disabledReason: string | null;
  createdAt: Date;
};

export const WebhookStatus = ({ webhook }: { webhook: Pick<Webhook, "enabled" | "disabledReason"> }) =>
  webhook.enabled ? <Badge tone="green">Enabled</Badge> : <Badge tone="amber">Disabled</Badge>;

const columns: Column<Webhook>[] = [
  {
    key: "url",
    header: "Endpoint",
    rowHeader: true,
    cell: (webhook) => (
      <Link
        href={`/admin/webhooks/${webhook.id}`}
        className="break-all font-medium text-indigo-700 hover:underline"
      >
        {webhook.url}
      </Link>
    ),
  },
  {
    key: "events",
    header: "Events",
    cell: (webhook) => <span className="font-mono text-xs">{webhook.events.join(", ")}</span>,
  },
  {
    key: "status",
    header: "Status",
    cell: (webhook) => (
      <>
        <WebhookStatus webhook={webhook} />
        {webhook.disabledReason && <p className="mt-1 text-xs text-slate-600">{webhook.disabledReason}</p>}
      </>
    ),
  },
  { key: "created", header: "Created", cell: (webhook) => <RelativeTime date={webhook.createdAt} /> },
];

export function WebhooksTable({ webhooks }: { webhooks: Webhook[] }) {
  return <DataTable caption="Webhooks" columns={columns} rows={webhooks} rowKey={(webhook) => webhook.id} />;
}
