import Link from "next/link";
import { PromotionStatusBadge, RiskBadge, StageBadge } from "@/components/ui/badge";
import { type Column, DataTable } from "@/components/ui/data-table";
import { PolicySummary, type PolicyCounts } from "./policy-summary";
import { RequestAge } from "./request-age";

export type PromotionRow = {
  id: string;
  status: string;
  fromStage: string;
  toStage: string;
  requiredApprovals: number;
  createdAt: Date;
  ageSeconds: number;
  version: {
    id: string;
    version: number;
    model: { name: string; riskTier: string; team: { name: string } };
  };
  requestedBy: { name: string };
  approvals: { approved: number; rejected: number };
  policy: PolicyCounts;
};

export function StageMove({ from, to }: { from: string; to: string }) {
  return (
    <span className="flex items-center gap-1.5 whitespace-nowrap">
      <StageBadge stage={from} />
      <span aria-hidden>→</span>
      <span className="sr-only">to</span>
      <StageBadge stage={to} />
    </span>
  );
}

const nameOf = (row: PromotionRow) => `${row.version.model.name} v${row.version.version}`;

const statusColumn: Column<PromotionRow> = {
  key: "status",
  header: "Status",
  cell: (row) => <PromotionStatusBadge status={row.status} />,
};

/** The inbox table: what moves where, for whom, how long it has waited, and what the policies said. */
export function PromotionRequestsTable({
  rows,
  caption,
  showStatus,
}: {
  rows: PromotionRow[];
  caption: string;
  showStatus: boolean;
}) {
  const columns: (Column<PromotionRow> | false)[] = [
    {
      key: "version",
      header: "Model version",
      cell: (row) => (
        <>
          <Link href={`/versions/${row.version.id}`} className="font-medium text-indigo-700 hover:underline">
            {nameOf(row)}
          </Link>
          <span className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
            {row.version.model.team.name}
            <RiskBadge tier={row.version.model.riskTier} />
          </span>
        </>
      ),
    },
    {
      key: "promotion",
      header: "Promotion",
      cell: (row) => <StageMove from={row.fromStage} to={row.toStage} />,
    },
    showStatus && statusColumn,
    { key: "requestedBy", header: "Requested by", cell: (row) => row.requestedBy.name },
    {
      key: "age",
      header: "Age",
      cell: (row) => (
        <RequestAge
          ageSeconds={row.ageSeconds}
          createdAt={row.createdAt}
          pending={row.status === "PENDING"}
        />
      ),
    },
    { key: "policies", header: "Policies", cell: (row) => <PolicySummary policy={row.policy} /> },
    {
      key: "approvals",
      header: "Approvals",
      className: "whitespace-nowrap",
      cell: (row) => (
        <>
          <span className="tabular-nums">
            {row.approvals.approved} of {row.requiredApprovals}
          </span>
          {row.approvals.rejected > 0 && (
            <span className="ml-1 text-xs text-red-700">({row.approvals.rejected} rejected)</span>
          )}
        </>
      ),
    },
    {
      key: "review",
      header: "Review",
      hideHeader: true,
      className: "text-right",
      cell: (row) => (
        <Link href={`/approvals/${row.id}`} className="font-medium text-indigo-700 hover:underline">
          {row.status === "PENDING" ? "Review" : "Open"}
          <span className="sr-only"> the request for {nameOf(row)}</span>
        </Link>
      ),
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      rowClassName="hover:bg-slate-50"
    />
  );
}
