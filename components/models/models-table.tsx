import Link from "next/link";
import { type Column, DataTable } from "@/components/ui/data-table";
import { RiskBadge, StageBadge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ModelKind, RiskTier, Stage } from "@/generated/prisma/enums";
import { ModelKindBadge } from "./model-kind-badge";

export type ModelRow = {
  id: string;
  slug: string;
  name: string;
  kind: ModelKind;
  riskTier: RiskTier;
  hfId: string | null;
  updatedAt: Date;
  team: { slug: string; name: string };
  versionCount: number;
  latestVersion: { id: string; version: number; stage: Stage } | null;
};

const columns: Column<ModelRow>[] = [
  {
    key: "model",
    header: "Model",
    cell: (model) => (
      <>
        <Link href={`/models/${model.slug}`} className="font-medium text-indigo-700 hover:underline">
          {model.name}
        </Link>
        <div className="font-mono text-xs text-slate-600">{model.slug}</div>
      </>
    ),
  },
  { key: "kind", header: "Kind", cell: (model) => <ModelKindBadge kind={model.kind} /> },
  { key: "risk", header: "Risk", cell: (model) => <RiskBadge tier={model.riskTier} /> },
  { key: "team", header: "Team", cell: (model) => model.team.name },
  {
    key: "latest",
    header: "Latest version",
    cell: (model) =>
      model.latestVersion ? (
        <span className="flex items-center gap-2">
          <Link
            href={`/versions/${model.latestVersion.id}`}
            className="font-medium text-indigo-700 hover:underline"
          >
            v{model.latestVersion.version}
          </Link>
          <StageBadge stage={model.latestVersion.stage} />
          <span className="text-xs text-slate-600">
            {model.versionCount} version{model.versionCount === 1 ? "" : "s"}
          </span>
        </span>
      ) : (
        <span className="text-slate-600">No versions yet</span>
      ),
  },
  {
    key: "updated",
    header: "Updated",
    className: "whitespace-nowrap text-slate-600",
    cell: (model) => <RelativeTime date={model.updatedAt} />,
  },
];

export function ModelsTable({ models }: { models: ModelRow[] }) {
  return (
    <DataTable
      caption="Models"
      columns={columns}
      rows={models}
      rowKey={(model) => model.id}
      rowClassName="hover:bg-slate-50"
    />
  );
}
