import Link from "next/link";
import { PromotionStatusBadge, StageBadge } from "@/components/ui/badge";
import { DataTable, td, th } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ShadowFailure } from "@/lib/policy/views";
import { ModeBadge } from "./policy-badges";

/** The requests the policy failed: each links to its review and to the version it asked to move. */
export function ShadowFailuresTable({ failures }: { failures: ShadowFailure[] }) {
  return (
    <DataTable
      caption="Requests the policy failed"
      head={
        <>
          <th className={th}>Request</th>
          <th className={th}>Version</th>
          <th className={th}>Requested</th>
          <th className={th}>Status</th>
          <th className={th}>Judged by</th>
          <th className={th}>Failing rules</th>
        </>
      }
    >
      {failures.map((failure) => (
        <tr key={`${failure.requestId}-${failure.policyVersion}`}>
          <td className={td}>
            <Link
              href={`/approvals/${failure.requestId}`}
              className="font-medium text-indigo-700 hover:underline"
            >
              Request to {failure.toStage.toLowerCase()}
            </Link>
            <span className="ml-2 align-middle">
              <StageBadge stage={failure.toStage} />
            </span>
          </td>
          <td className={td}>
            <Link href={`/versions/${failure.version.id}`} className="text-indigo-700 hover:underline">
              {failure.version.label}
            </Link>
          </td>
          <td className={td}>
            <RelativeTime date={failure.requestedAt} />
          </td>
          <td className={td}>
            <PromotionStatusBadge status={failure.status} />
          </td>
          <td className={td}>
            <span className="mr-2">v{failure.policyVersion}</span>
            <ModeBadge mode={failure.mode} />
          </td>
          <td className={`${td} font-mono text-xs`}>{failure.failingRuleIds.join(", ") || "—"}</td>
        </tr>
      ))}
    </DataTable>
  );
}
