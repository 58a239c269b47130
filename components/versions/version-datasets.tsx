import Link from "next/link";
import type { DatasetRole, LegalBasis } from "@/generated/prisma/enums";
import { DATASET_ROLE_LABELS, LEGAL_BASIS_LABELS } from "@/lib/labels";
import { PersonalDataFacts } from "@/components/datasets/personal-data-badge";
import { type Column, DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";

export type VersionDatasetRow = {
  id: string;
  role: DatasetRole;
  version: number;
  label: string | null;
  containsPersonalData: boolean;
  personalDataCategories: string[];
  legalBasis: LegalBasis | null;
  dataset: { id: string; slug: string; name: string };
};

/** The dataset versions behind this model version, with the governance facts a reviewer checks. */
const columns: Column<VersionDatasetRow>[] = [
  {
    key: "dataset",
    header: "Dataset",
    cell: (usage) => (
      <>
        <Link href={`/datasets/${usage.dataset.id}`} className="font-medium text-indigo-700 hover:underline">
          {usage.dataset.name}
        </Link>
        <div className="text-xs text-slate-600">{usage.dataset.slug}</div>
      </>
    ),
  },
  {
    key: "version",
    header: "Version",
    cell: (usage) => (
      <>
        v{usage.version}
        {usage.label && <span className="text-slate-600"> · {usage.label}</span>}
      </>
    ),
  },
  { key: "role", header: "Role", cell: (usage) => DATASET_ROLE_LABELS[usage.role] },
  {
    key: "personalData",
    header: "Personal data",
    cell: (usage) => (
      <PersonalDataFacts
        containsPersonalData={usage.containsPersonalData}
        categories={usage.personalDataCategories}
      />
    ),
  },
  {
    key: "legalBasis",
    header: "Legal basis",
    cell: (usage) =>
      usage.legalBasis ? LEGAL_BASIS_LABELS[usage.legalBasis] : <span className="text-slate-600">None</span>,
  },
];

export function VersionDatasets({ usages }: { usages: VersionDatasetRow[] }) {
  return (
    <DataTable
      caption="Dataset versions used by this model version, with role and personal-data facts"
      columns={columns}
      rows={usages}
      rowKey={(usage) => `${usage.id}-${usage.role}`}
      empty={
        <EmptyState title="No datasets recorded">
          This version was registered without dataset versions. Datasets are fixed at registration, so
          register a new version to record them.
        </EmptyState>
      }
    />
  );
}
