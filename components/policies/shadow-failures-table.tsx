import Link from "next/link";
import { PromotionStatusBadge, StageBadge } from "@/components/ui/badge";
import { type Column, DataTable } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ShadowFailure } from "@/lib/policy/views";
import { ModeBadge } from "./policy-badges";

/** The requests the policy failed: each links to its review and to the version it asked to move. */
const columns: Column<ShadowFailure>[] = [
  {
    key: "request",
    header: "Request",
    cell: (failure) => (
      <>
        <Link
          href={`/approvals/${failure.requestId}`}
          className="font-medium text-indigo-700 hover:underline"
        >
          Request to {failure.toStage.toLowerCase()}
        </Link>
        <span className="ml-2 align-middle">
          <StageBadge stage={failure.toStage} />
        </span>
      </>
    ),
  },
  {
    key: "version",
    header: "Version",
    cell: (failure) => (
      <Link href={`/versions/${failure.version.id}`} className="text-indigo-700 hover:underline">
        {failure.version.label}
      </Link>
    ),
  },
  { key: "requested", header: "Requested", cell: (failure) => <RelativeTime date={failure.requestedAt} /> },
  { key: "status", header: "Status", cell: (failure) => <PromotionStatusBadge status={failure.status} /> },
  {
    key: "judgedBy",
    header: "Judged by",
    cell: (failure) => (
      <>
        <span className="mr-2">v{failure.policyVersion}</span>
        <ModeBadge mode={failure.mode} />
      </>
    ),
  },
  {
    key: "failing",
    header: "Failing rules",
    className: "font-mono text-xs",
    cell: (failure) => failure.failingRuleIds.join(", ") || "—",
  },
];

export function ShadowFailuresTable({ failures }: { failures: ShadowFailure[] }) {
  return (
    <DataTable
      caption="Requests the policy failed"
      columns={columns}
      rows={failures}
      rowKey={(failure) => `${failure.requestId}-${failure.policyVersion}`}
    />
  );
}
