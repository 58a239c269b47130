import Link from "next/link";
import { type Column, DataTable } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";

export type DatasetListRow = {
  id: string;
  slug: string;
  name: string;
  source: string;
  license: string;
  createdAt: Date;
  team: { name: string };
  versionCount: number;
};

const columns: Column<DatasetListRow>[] = [
  {
    key: "dataset",
    header: "Dataset",
    cell: (dataset) => (
      <>
        <Link href={`/datasets/${dataset.id}`} className="font-medium text-indigo-700 hover:underline">
          {dataset.name}
        </Link>
        <div className="font-mono text-xs text-slate-600">{dataset.slug}</div>
      </>
    ),
  },
  { key: "team", header: "Team", cell: (dataset) => dataset.team.name },
  { key: "source", header: "Source", className: "max-w-80 break-words", cell: (dataset) => dataset.source },
  { key: "license", header: "Licence", cell: (dataset) => dataset.license },
  {
    key: "versions",
    header: "Versions",
    align: "right",
    className: "tabular-nums",
    cell: (dataset) => dataset.versionCount,
  },
  {
    key: "registered",
    header: "Registered",
    className: "whitespace-nowrap",
    cell: (dataset) => <RelativeTime date={dataset.createdAt} />,
  },
];

export function DatasetTable({ datasets }: { datasets: DatasetListRow[] }) {
  return (
    <DataTable
      caption="Datasets, newest first"
      columns={columns}
      rows={datasets}
      rowKey={(dataset) => dataset.id}
    />
  );
}
