import Link from "next/link";
import { PolicySummary } from "@/components/approvals/policy-summary";
import { StageMove } from "@/components/approvals/promotion-requests-table";
import { Badge, PromotionStatusBadge } from "@/components/ui/badge";
import { type Column, DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import type { PromotionHistoryRow } from "@/lib/promotions/review-types";

/** The version's promotion requests, newest first: its stage history, each one linked to its review page. */
const skipped = <span className="text-xs text-slate-600">Skipped</span>;

const columns: Column<PromotionHistoryRow>[] = [
  {
    key: "requested",
    header: "Requested",
    className: "whitespace-nowrap",
    cell: (row) => <RelativeTime date={row.createdAt} />,
  },
  {
    key: "promotion",
    header: "Promotion",
    cell: (row) => <StageMove from={row.fromStage} to={row.toStage} />,
  },
  {
    key: "status",
    header: "Status",
    cell: (row) => (
      <span className="flex flex-wrap gap-1">
        <PromotionStatusBadge status={row.status} />
        {row.emergencyOverride && <Badge tone="red">Emergency override</Badge>}
      </span>
    ),
  },
  {
    key: "requestedBy",
    header: "Requested by",
    cell: (row) => <span title={row.requestedBy.email}>{row.requestedBy.name}</span>,
  },
  {
    key: "policies",
    header: "Policies",
    cell: (row) => (row.emergencyOverride ? skipped : <PolicySummary policy={row.policy} />),
  },
  {
    key: "approvals",
    header: "Approvals",
    className: "whitespace-nowrap tabular-nums",
    cell: (row) =>
      row.emergencyOverride ? (
        skipped
      ) : row.status === "BLOCKED" ? (
        <span className="text-xs text-slate-600">Not asked</span>
      ) : (
        `${row.approvals.approved} of ${row.requiredApprovals}`
      ),
  },
  {
    key: "open",
    header: "Open",
    hideHeader: true,
    className: "text-right",
    cell: (row) => (
      <Link href={`/approvals/${row.id}`} className="font-medium text-indigo-700 hover:underline">
        Open request
        <span className="sr-only">
          {" "}
          to {row.toStage.toLowerCase()} made <RelativeTime date={row.createdAt} />
        </span>
      </Link>
    ),
  },
];

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
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        rowClassName="hover:bg-slate-50"
      />
      {truncated && (
        <p className="text-sm text-slate-600">
          Showing the latest {rows.length} requests; the REST API lists them all.
        </p>
      )}
    </div>
  );
}
