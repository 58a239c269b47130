import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable, td, th } from "@/components/ui/data-table";
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

export function AlertsTable({ alerts }: { alerts: Alert[] }) {
  return (
    <DataTable
      caption="Alerts"
      head={
        <>
          {["Raised", "Severity", "Kind", "Status", "Alert", "Version"].map((name) => (
            <th key={name} scope="col" className={th}>
              {name}
            </th>
          ))}
        </>
      }
    >
      {alerts.map((alert) => (
        <tr key={alert.id}>
          <td className={`${td} whitespace-nowrap`}>
            <RelativeTime date={alert.createdAt} />
          </td>
          <td className={td}>
            <Badge tone={SEVERITY_TONES[alert.severity as keyof typeof SEVERITY_TONES] ?? "slate"}>
              {label(alert.severity)}
            </Badge>
          </td>
          <td className={td}>{label(alert.kind)}</td>
          <td className={td}>{label(alert.status)}</td>
          <td className={td}>{alert.title}</td>
          <td className={td}>
            {alert.version ? (
              <Link href={`/versions/${alert.version.id}`} className="text-indigo-700 hover:underline">
                {alert.version.model.name} v{alert.version.version}
              </Link>
            ) : (
              <span className="text-slate-500">None</span>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
