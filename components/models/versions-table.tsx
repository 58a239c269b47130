import Link from "next/link";
import { CompareCheckbox } from "@/components/compare/compare-form";
import { type Column, DataTable } from "@/components/ui/data-table";
import { RiskBadge, StageBadge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ModelKind, RiskTier, Stage } from "@/generated/prisma/enums";
import { ModelKindBadge } from "./model-kind-badge";

export type VersionRow = {
  id: string;
  version: number;
  stage: Stage;
  tags: string[];
  createdAt: Date;
  model: { slug: string; name: string; kind: ModelKind; riskTier: RiskTier };
  createdBy: { name: string };
};

const columns: Column<VersionRow>[] = [
  {
    key: "compare",
    header: "Compare",
    hideHeader: true,
    cell: (version) => (
      <CompareCheckbox id={version.id} label={`${version.model.name} v${version.version}`} />
    ),
  },
  {
    key: "model",
    header: "Model",
    cell: (version) => (
      <>
        <Link href={`/models/${version.model.slug}`} className="font-medium text-indigo-700 hover:underline">
          {version.model.name}
        </Link>
        <div className="font-mono text-xs text-slate-600">{version.model.slug}</div>
      </>
    ),
  },
  { key: "kind", header: "Kind", cell: (version) => <ModelKindBadge kind={version.model.kind} /> },
  { key: "risk", header: "Risk", cell: (version) => <RiskBadge tier={version.model.riskTier} /> },
  {
    key: "version",
    header: "Version",
    cell: (version) => (
      <span className="flex items-center gap-2">
        <Link href={`/versions/${version.id}`} className="font-medium text-indigo-700 hover:underline">
          v{version.version}
        </Link>
        <StageBadge stage={version.stage} />
      </span>
    ),
  },
  {
    key: "tags",
    header: "Tags",
    className: "text-xs text-slate-700",
    cell: (version) => version.tags.join(", ") || "None",
  },
  {
    key: "registered",
    header: "Registered",
    className: "whitespace-nowrap text-slate-600",
    cell: (version) => (
      <>
        <RelativeTime date={version.createdAt} /> by {version.createdBy.name}
      </>
    ),
  },
];

/** Versions across models (a tag or a dashboard filter), with their models and a compare checkbox. */
export function VersionsTable({ versions, caption }: { versions: VersionRow[]; caption: string }) {
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={versions}
      rowKey={(version) => version.id}
      rowClassName="hover:bg-slate-50"
    />
  );
}
