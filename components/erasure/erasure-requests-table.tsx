import Link from "next/link";
import { type Column, DataTable } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { ErasureStatusBadge } from "./erasure-status-badge";

type ErasureRow = {
  id: string;
  status: "OPEN" | "IN_PROGRESS" | "COMPLETED" | "REJECTED";
  subjectReference: string;
  dueAt: Date;
  createdAt: Date;
  overdue: boolean;
  affectedCount: number;
  undecidedCount: number;
  datasetVersion: { version: number; dataset: { id: string; slug: string } };
};

const columns: Column<ErasureRow>[] = [
  {
    key: "subject",
    header: "Data subject",
    rowHeader: true,
    cell: (row) => (
      <Link href={`/erasure-requests/${row.id}`} className="text-indigo-700 hover:underline">
        {row.subjectReference}
      </Link>
    ),
  },
  {
    key: "dataset",
    header: "Dataset version",
    cell: (row) => (
      <Link href={`/datasets/${row.datasetVersion.dataset.id}`} className="hover:underline">
        {row.datasetVersion.dataset.slug}@{row.datasetVersion.version}
      </Link>
    ),
  },
  {
    key: "status",
    header: "Status",
    cell: (row) => <ErasureStatusBadge status={row.status} overdue={row.overdue} />,
  },
  {
    key: "affected",
    header: "Affected versions",
    align: "right",
    cell: (row) => `${row.affectedCount - row.undecidedCount} of ${row.affectedCount} decided`,
  },
  {
    key: "due",
    header: "Due",
    className: "whitespace-nowrap",
    cell: (row) => <RelativeTime date={row.dueAt} />,
  },
  {
    key: "opened",
    header: "Opened",
    className: "whitespace-nowrap",
    cell: (row) => <RelativeTime date={row.createdAt} />,
  },
];

export function ErasureRequestsTable({ rows }: { rows: ErasureRow[] }) {
  return <DataTable caption="Erasure requests" columns={columns} rows={rows} rowKey={(row) => row.id} />;
}
