import Link from "next/link";
import { PolicySummary } from "@/components/approvals/policy-summary";
import { StageMove } from "@/components/approvals/promotion-requests-table";
import { Badge, PromotionStatusBadge } from "@/components/ui/badge";
import { DataTable, td, th } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import type { PromotionHistoryRow } from "@/lib/promotions/review-types";

/** The version's promotion requests, newest first: its stage history, each one linked to its review page. */
export function VersionPromotions({
  rows,
  truncated,
  empty,
}: {
  rows: PromotionHistoryRow[];
  truncated: boolean;
  /** what the list says when there is nothing in it */
  empty: { title: string; text: string };
}) {
  if (rows.length === 0) return <EmptyState title={empty.title}>{empty.text}</EmptyState>;
  return (
    <div className="space-y-2">
      <DataTable
        caption="Promotion requests of this version, newest first"
        head={
          <>
            <th className={th}>Requested</th>
            <th className={th}>Promotion</th>
            <th className={th}>Status</th>
            <th className={th}>Requested by</th>
            <th className={th}>Policies</th>
            <th className={th}>Approvals</th>
            <th className={th}>
              <span className="sr-only">Open</span>
            </th>
          </>
        }
      >
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-slate-50">
            <td className={`${td} whitespace-nowrap`}>
              <RelativeTime date={row.createdAt} />
            </td>
            <td className={td}>
              <StageMove from={row.fromStage} to={row.toStage} />
            </td>
            <td className={td}>
              <span className="flex flex-wrap gap-1">
                <PromotionStatusBadge status={row.status} />
                {row.emergencyOverride && <Badge tone="red">Emergency override</Badge>}
              </span>
            </td>
            <td className={td} title={row.requestedBy.email}>
              {row.requestedBy.name}
            </td>
            <td className={td}>
              {row.emergencyOverride ? (
                <span className="text-xs text-slate-600">Skipped</span>
              ) : (
                <PolicySummary policy={row.policy} />
              )}
            </td>
            <td className={`${td} whitespace-nowrap tabular-nums`}>
              {row.emergencyOverride ? (
                <span className="text-xs text-slate-600">Skipped</span>
              ) : row.status === "BLOCKED" ? (
                <span className="text-xs text-slate-600">Not asked</span>
              ) : (
                `${row.approvals.approved} of ${row.requiredApprovals}`
              )}
            </td>
            <td className={`${td} text-right`}>
              <Link href={`/approvals/${row.id}`} className="font-medium text-indigo-700 hover:underline">
                Open request
                <span className="sr-only">
                  {" "}
                  to {row.toStage.toLowerCase()} made <RelativeTime date={row.createdAt} />
                </span>
              </Link>
            </td>
          </tr>
        ))}
      </DataTable>
      {truncated && (
        <p className="text-sm text-slate-600">
          Showing the latest {rows.length} requests; the REST API lists them all.
        </p>
      )}
    </div>
  );
}
