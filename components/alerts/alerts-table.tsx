import Link from "next/link";
import type { Stage } from "@/generated/prisma/enums";
import { alertSubject } from "@/lib/alerts/alert-subject";
import { AlertActions, type AlertActionsProps } from "@/components/alerts/alert-actions";
import { Badge } from "@/components/ui/badge";
import { type Column, DataTable } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";

type Alert = {
  id: string;
  kind: string;
  severity: string;
  status: string;
  title: string;
  comment: string | null;
  createdAt: Date;
  rule: string;
  feature: string;
  version: { id: string; version: number; stage: Stage; model: { name: string } } | null;
};

const SEVERITY_TONES = { CRITICAL: "red", WARNING: "amber", INFO: "slate" } as const;
const STATUS_TONES = { OPEN: "red", ACKNOWLEDGED: "amber", RESOLVED: "green" } as const;
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
  {
    key: "status",
    header: "Status",
    cell: (alert) => (
      <Badge tone={STATUS_TONES[alert.status as keyof typeof STATUS_TONES] ?? "slate"}>
        {label(alert.status)}
      </Badge>
    ),
  },
  {
    key: "alert",
    header: "Alert",
    cell: (alert) => (
      <>
        {alert.title}
        {alert.comment && <p className="mt-1 text-xs text-slate-600">Comment: {alert.comment}</p>}
      </>
    ),
  },
  {
    key: "subject",
    header: "About",
    cell: (alert) => {
      const subject = alertSubject(alert);
      return (
        <>
          {subject && (
            <Link href={subject.href} className="block text-indigo-700 hover:underline">
              {subject.label}
            </Link>
          )}
          {alert.version && (
            <>
              <Link href={`/versions/${alert.version.id}`} className="text-indigo-700 hover:underline">
                {alert.version.model.name} v{alert.version.version}
              </Link>
              {/* A version that left production may make an open alert moot: say so where it is read. */}
              {alert.status !== "RESOLVED" && alert.version.stage === "ARCHIVED" && (
                <span className="block text-xs text-slate-600">Now archived</span>
              )}
            </>
          )}
          {!subject && !alert.version && <span className="text-slate-600">The registry as a whole</span>}
        </>
      );
    },
  },
];

type Props = {
  alerts: Alert[];
  /** for officers and admins: acknowledge and resolve in the row */
  actions?: Pick<AlertActionsProps, "acknowledge" | "resolve">;
};

export function AlertsTable({ alerts, actions }: Props) {
  return (
    <DataTable
      caption="Alerts"
      columns={[
        ...columns,
        actions && {
          key: "actions",
          header: "Actions",
          hideHeader: true,
          cell: (alert: Alert) => <AlertActions alert={alert} {...actions} />,
        },
      ]}
      rows={alerts}
      rowKey={(alert) => alert.id}
      rowProps={(alert) => ({ "data-alert-id": alert.id })}
    />
  );
}
