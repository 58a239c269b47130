import Link from "next/link";
import { CompareCheckbox } from "@/components/compare/compare-form";
import { StageBadge } from "@/components/ui/badge";
import { type Column, DataTable } from "@/components/ui/data-table";
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

const tagList = (tags: string[]) =>
  tags.length ? (
    <ul className="flex flex-wrap gap-1">
      {tags.map((tag) => (
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
  );

export function ModelVersionsTable({
  versions,
  modelName,
}: {
  versions: ModelVersionRow[];
  modelName: string;
}) {
  const columns: Column<ModelVersionRow>[] = [
    {
      key: "compare",
      header: "Compare",
      hideHeader: true,
      cell: (version) => <CompareCheckbox id={version.id} label={`${modelName} v${version.version}`} />,
    },
    {
      key: "version",
      header: "Version",
      cell: (version) => (
        <Link href={`/versions/${version.id}`} className="font-medium text-indigo-700 hover:underline">
          v{version.version}
        </Link>
      ),
    },
    { key: "stage", header: "Stage", cell: (version) => <StageBadge stage={version.stage} /> },
    {
      key: "status",
      header: "Status",
      cell: (version) => <VersionStatusBadge stage={version.stage} status={version.status} />,
    },
    {
      key: "created",
      header: "Created",
      className: "whitespace-nowrap",
      cell: (version) => <RelativeTime date={version.createdAt} />,
    },
    { key: "createdBy", header: "Created by", cell: (version) => version.createdBy.name },
    { key: "tags", header: "Tags", cell: (version) => tagList(version.tags) },
  ];
  return (
    <DataTable
      caption={`Versions of ${modelName}`}
      columns={columns}
      rows={versions}
      rowKey={(version) => version.id}
      rowClassName="hover:bg-slate-50"
    />
  );
}
