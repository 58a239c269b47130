import Link from "next/link";
import { PromotionStatusBadge, RiskBadge, StageBadge } from "@/components/ui/badge";
import { DataTable, td, th } from "@/components/ui/data-table";
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
  return (
    <DataTable
      caption={caption}
      head={
        <>
          <th className={th}>Model version</th>
          <th className={th}>Promotion</th>
          {showStatus && <th className={th}>Status</th>}
          <th className={th}>Requested by</th>
          <th className={th}>Age</th>
          <th className={th}>Policies</th>
          <th className={th}>Approvals</th>
          <th className={th}>
            <span className="sr-only">Review</span>
          </th>
        </>
      }
    >
      {rows.map((row) => {
        const name = `${row.version.model.name} v${row.version.version}`;
        return (
          <tr key={row.id} className="hover:bg-slate-50">
            <td className={td}>
              <Link
                href={`/versions/${row.version.id}`}
                className="font-medium text-indigo-700 hover:underline"
              >
                {name}
              </Link>
              <span className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
                {row.version.model.team.name}
                <RiskBadge tier={row.version.model.riskTier} />
              </span>
            </td>
            <td className={td}>
              <StageMove from={row.fromStage} to={row.toStage} />
            </td>
            {showStatus && (
              <td className={td}>
                <PromotionStatusBadge status={row.status} />
              </td>
            )}
            <td className={td}>{row.requestedBy.name}</td>
            <td className={td}>
              <RequestAge
                ageSeconds={row.ageSeconds}
                createdAt={row.createdAt}
                pending={row.status === "PENDING"}
              />
            </td>
            <td className={td}>
              <PolicySummary policy={row.policy} />
            </td>
            <td className={`${td} whitespace-nowrap`}>
              <span className="tabular-nums">
                {row.approvals.approved} of {row.requiredApprovals}
              </span>
              {row.approvals.rejected > 0 && (
                <span className="ml-1 text-xs text-red-700">({row.approvals.rejected} rejected)</span>
              )}
            </td>
            <td className={`${td} text-right`}>
              <Link href={`/approvals/${row.id}`} className="font-medium text-indigo-700 hover:underline">
                {row.status === "PENDING" ? "Review" : "Open"}
                <span className="sr-only"> the request for {name}</span>
              </Link>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
