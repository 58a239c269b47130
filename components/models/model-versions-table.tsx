import Link from "next/link";
import { CompareCheckbox } from "@/components/compare/compare-form";
import { StageBadge } from "@/components/ui/badge";
import { DataTable, td, th } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { VersionStatusBadge } from "@/components/versions/version-status-badge";
import type { Stage, VersionStatus } from "@/generated/prisma/enums";

export type ModelVersionRow = {
  id: string;
  version: number;
  stage: Stage;
  status: VersionStatus;
  tags: string[];
  createdAt: Date;
  createdBy: { name: string };
};

export function ModelVersionsTable({
  versions,
  modelName,
}: {
  versions: ModelVersionRow[];
  modelName: string;
}) {
  return (
    <DataTable
      caption={`Versions of ${modelName}`}
      head={
        <>
          <th scope="col" className={th}>
            <span className="sr-only">Compare</span>
          </th>
          <th scope="col" className={th}>
            Version
          </th>
          <th scope="col" className={th}>
            Stage
          </th>
          <th scope="col" className={th}>
            Status
          </th>
          <th scope="col" className={th}>
            Created
          </th>
          <th scope="col" className={th}>
            Created by
          </th>
          <th scope="col" className={th}>
            Tags
          </th>
        </>
      }
    >
      {versions.map((version) => (
        <tr key={version.id} className="hover:bg-slate-50">
          <td className={td}>
            <CompareCheckbox id={version.id} label={`${modelName} v${version.version}`} />
          </td>
          <td className={td}>
            <Link href={`/versions/${version.id}`} className="font-medium text-indigo-700 hover:underline">
              v{version.version}
            </Link>
          </td>
          <td className={td}>
            <StageBadge stage={version.stage} />
          </td>
          <td className={td}>
            <VersionStatusBadge stage={version.stage} status={version.status} />
          </td>
          <td className={`${td} whitespace-nowrap`}>
            <RelativeTime date={version.createdAt} />
          </td>
          <td className={td}>{version.createdBy.name}</td>
          <td className={td}>
            {version.tags.length ? (
              <ul className="flex flex-wrap gap-1">
                {version.tags.map((tag) => (
                  <li key={tag}>
                    <Link
                      href={`/models?tag=${encodeURIComponent(tag)}`}
                      className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800 hover:bg-slate-200"
                    >
                      {tag}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <span className="text-slate-500">None</span>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
