import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { itemLink } from "./home-list";
import { versionName, type AlertItem } from "./home-types";

const SEVERITY_TONE = { CRITICAL: "red", WARNING: "amber", INFO: "sky" } as const;

export function AlertLine({ alert }: { alert: AlertItem }) {
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-2">
        <Badge tone={SEVERITY_TONE[alert.severity as keyof typeof SEVERITY_TONE] ?? "slate"}>
          {alert.severity.charAt(0) + alert.severity.slice(1).toLowerCase()}
        </Badge>
        <span className="text-slate-900">{alert.title}</span>
      </div>
      <p className="text-xs text-slate-600">
        {alert.version ? (
          <Link href={`/versions/${alert.version.id}`} className={itemLink}>
            {versionName(alert.version)}
          </Link>
        ) : (
          "Registry-wide"
        )}
        {" · raised "}
        <RelativeTime date={alert.createdAt} />
      </p>
    </div>
  );
}
