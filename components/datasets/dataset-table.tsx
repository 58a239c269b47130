import Link from "next/link";
import { DataTable, td, th } from "@/components/ui/data-table";
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

export function DatasetTable({ datasets }: { datasets: DatasetListRow[] }) {
  return (
    <DataTable
      caption="Datasets, newest first"
      head={
        <>
          <th scope="col" className={th}>
            Dataset
          </th>
          <th scope="col" className={th}>
            Team
          </th>
          <th scope="col" className={th}>
            Source
          </th>
          <th scope="col" className={th}>
            Licence
          </th>
          <th scope="col" className={`${th} text-right`}>
            Versions
          </th>
          <th scope="col" className={th}>
            Registered
          </th>
        </>
      }
    >
      {datasets.map((dataset) => (
        <tr key={dataset.id}>
          <td className={td}>
            <Link href={`/datasets/${dataset.id}`} className="font-medium text-indigo-700 hover:underline">
              {dataset.name}
            </Link>
            <div className="font-mono text-xs text-slate-600">{dataset.slug}</div>
          </td>
          <td className={td}>{dataset.team.name}</td>
          <td className={`${td} max-w-80 break-words`}>{dataset.source}</td>
          <td className={td}>{dataset.license}</td>
          <td className={`${td} text-right tabular-nums`}>{dataset.versionCount}</td>
          <td className={`${td} whitespace-nowrap`}>
            <RelativeTime date={dataset.createdAt} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
