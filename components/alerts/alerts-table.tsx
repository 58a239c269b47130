import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { type Column, DataTable } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";

type Alert = {
  id: string;
  kind: string;
  severity: string;
  status: string;
  title: string;
  createdAt: Date;
  version: { id: string; version: number; model: { name: string } } | null;
};

const SEVERITY_TONES = { CRITICAL: "red", WARNING: "amber", INFO: "slate" } as const;
const label = (value: string) => value.charAt(0) + value.slice(1).toLowerCase();

const columns: Column<Alert>[] = [
  {
    key: "raised",
    header: "Raised",
    className: "whitespace-nowrap",
    cell: (alert) => <RelativeTime date={alert.createdAt} />,
  },
  {
    key: "severity",
    header: "Severity",
    cell: (alert) => (
      <Badge tone={SEVERITY_TONES[alert.severity as keyof typeof SEVERITY_TONES] ?? "slate"}>
        {label(alert.severity)}
      </Badge>
    ),
  },
  { key: "kind", header: "Kind", cell: (alert) => label(alert.kind) },
  { key: "status", header: "Status", cell: (alert) => label(alert.status) },
  { key: "alert", header: "Alert", cell: (alert) => alert.title },
  {
    key: "version",
    header: "Version",
    cell: (alert) =>
      alert.version ? (
        <Link href={`/versions/${alert.version.id}`} className="text-indigo-700 hover:underline">
          {alert.version.model.name} v{alert.version.version}
        </Link>
      ) : (
        <span className="text-slate-500">None</span>
      ),
  },
];

export function AlertsTable({ alerts }: { alerts: Alert[] }) {
  return <DataTable caption="Alerts" columns={columns} rows={alerts} rowKey={(alert) => alert.id} />;
}
