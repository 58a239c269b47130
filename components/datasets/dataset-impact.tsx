import Link from "next/link";
import type { Stage } from "@/generated/prisma/enums";
import { Badge, StageBadge } from "@/components/ui/badge";
import { type Column, DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";

export type ImpactRow = {
  versionId: string;
  model: { slug: string; name: string };
  version: number;
  stage: Stage;
  via: "direct" | "ancestor";
};

/** Every model version shaped by the dataset: trained on it, or descended from one that was. */
const columns: Column<ImpactRow>[] = [
  {
    key: "version",
    header: "Model version",
    cell: (item) => (
      <>
        <Link href={`/versions/${item.versionId}`} className="font-medium text-indigo-700 hover:underline">
          {item.model.name} v{item.version}
        </Link>
        <div className="font-mono text-xs text-slate-600">{item.model.slug}</div>
      </>
    ),
  },
  { key: "stage", header: "Stage", cell: (item) => <StageBadge stage={item.stage} /> },
  {
    key: "how",
    header: "How",
    cell: (item) =>
      item.via === "direct" ? (
        <Badge tone="indigo">Trained on it directly</Badge>
      ) : (
        <Badge tone="slate">Through an ancestor</Badge>
      ),
  },
];

export function DatasetImpact({ items, filtered }: { items: ImpactRow[]; filtered: boolean }) {
  return (
    <DataTable
      caption="Model versions trained on this dataset, directly or through an ancestor"
      columns={columns}
      rows={items}
      rowKey={(item) => item.versionId}
      empty={
        <EmptyState
          title={
            filtered
              ? "No model versions trained on this dataset version"
              : "No model versions trained on this dataset"
          }
        >
          Model versions list their training and validation datasets when they are registered; evaluation use
          does not count here.
        </EmptyState>
      }
    />
  );
}
