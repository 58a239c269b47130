import Link from "next/link";
import { LEGAL_BASIS_LABELS, DATASET_ROLE_LABELS } from "@/lib/labels";
import { PersonalDataBadge } from "@/components/datasets/personal-data-badge";
import { Badge } from "@/components/ui/badge";
import { DataTable, td, th } from "@/components/ui/data-table";
import type { ReviewDataset } from "@/lib/promotions/review-types";

/**
 * The dataset versions behind the version, its own and its ancestors', with what a privacy review
 * asks: personal data and its categories, the legal basis, the licence and where the data lives.
 */
export function DatasetsTable({ datasets }: { datasets: ReviewDataset[] }) {
  if (datasets.length === 0)
    return (
      <p className="text-sm text-slate-600">
        No dataset is recorded for this version or its ancestors: where its training data came from is not on
        file.
      </p>
    );
  return (
    <DataTable
      caption="Dataset versions behind this version, direct and through its ancestors"
      head={
        <>
          <th className={th}>Dataset version</th>
          <th className={th}>Used as</th>
          <th className={th}>Personal data</th>
          <th className={th}>Legal basis</th>
          <th className={th}>Licence</th>
          <th className={th}>Region</th>
        </>
      }
    >
      {datasets.map((dataset) => {
        const lacksBasis = dataset.containsPersonalData && !dataset.legalBasis;
        return (
          <tr key={`${dataset.datasetVersionId}/${dataset.role}/${dataset.via}`}>
            <td className={td}>
              <Link
                href={`/datasets/${dataset.datasetId}`}
                className="font-medium text-indigo-700 hover:underline"
              >
                {dataset.label}
              </Link>
            </td>
            <td className={td}>
              {DATASET_ROLE_LABELS[dataset.role]}
              <span className="block text-xs text-slate-600">
                {dataset.via === "direct" ? "by this version" : "by an ancestor"}
              </span>
            </td>
            <td className={td}>
              <PersonalDataBadge containsPersonalData={dataset.containsPersonalData} />
              {dataset.personalDataCategories.length > 0 && (
                <span className="mt-1 block text-xs text-slate-700">
                  {dataset.personalDataCategories.join(", ")}
                </span>
              )}
            </td>
            <td className={td}>
              {dataset.legalBasis ? (
                (LEGAL_BASIS_LABELS[dataset.legalBasis as keyof typeof LEGAL_BASIS_LABELS] ??
                dataset.legalBasis)
              ) : lacksBasis ? (
                <Badge tone="red">None recorded</Badge>
              ) : (
                <span className="text-slate-600">Not needed</span>
              )}
            </td>
            <td className={td}>{dataset.license ?? <span className="text-slate-600">Not recorded</span>}</td>
            <td className={td}>{dataset.region ?? <span className="text-slate-600">Not recorded</span>}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
