import Link from "next/link";
import { LEGAL_BASIS_LABELS, DATASET_ROLE_LABELS } from "@/lib/labels";
import { PersonalDataFacts } from "@/components/datasets/personal-data-badge";
import { Badge } from "@/components/ui/badge";
import { type Column, DataTable } from "@/components/ui/data-table";
import type { ReviewDataset } from "@/lib/promotions/review-types";

/**
 * The dataset versions behind the version, its own and its ancestors', with what a privacy review
 * asks: personal data and its categories, the legal basis, the licence and where the data lives.
 */
const notRecorded = <span className="text-slate-600">Not recorded</span>;

const legalBasis = (dataset: ReviewDataset) =>
  dataset.legalBasis ? (
    (LEGAL_BASIS_LABELS[dataset.legalBasis as keyof typeof LEGAL_BASIS_LABELS] ?? dataset.legalBasis)
  ) : dataset.containsPersonalData ? (
    <Badge tone="red">None recorded</Badge>
  ) : (
    <span className="text-slate-600">Not needed</span>
  );

const columns: Column<ReviewDataset>[] = [
  {
    key: "dataset",
    header: "Dataset version",
    cell: (dataset) => (
      <Link href={`/datasets/${dataset.datasetId}`} className="font-medium text-indigo-700 hover:underline">
        {dataset.label}
      </Link>
    ),
  },
  {
    key: "role",
    header: "Used as",
    cell: (dataset) => (
      <>
        {DATASET_ROLE_LABELS[dataset.role]}
        <span className="block text-xs text-slate-600">
          {dataset.via === "direct" ? "by this version" : "by an ancestor"}
        </span>
      </>
    ),
  },
  {
    key: "personalData",
    header: "Personal data",
    cell: (dataset) => (
      <PersonalDataFacts
        containsPersonalData={dataset.containsPersonalData}
        categories={dataset.personalDataCategories}
      />
    ),
  },
  { key: "legalBasis", header: "Legal basis", cell: legalBasis },
  { key: "license", header: "Licence", cell: (dataset) => dataset.license ?? notRecorded },
  { key: "region", header: "Region", cell: (dataset) => dataset.region ?? notRecorded },
];

export function DatasetsTable({ datasets }: { datasets: ReviewDataset[] }) {
  return (
    <DataTable
      caption="Dataset versions behind this version, direct and through its ancestors"
      columns={columns}
      rows={datasets}
      rowKey={(dataset) => `${dataset.datasetVersionId}/${dataset.role}/${dataset.via}`}
      empty={
        <p className="text-sm text-slate-600">
          No dataset is recorded for this version or its ancestors: where its training data came from is not
          on file.
        </p>
      }
    />
  );
}
