import Link from "next/link";
import type { DatasetRole, LegalBasis } from "@/generated/prisma/enums";
import { DATASET_ROLE_LABELS, LEGAL_BASIS_LABELS } from "@/lib/labels";
import { PersonalDataBadge } from "@/components/datasets/personal-data-badge";
import { DataTable, td, th } from "@/components/ui/data-table";
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
export function VersionDatasets({ usages }: { usages: VersionDatasetRow[] }) {
  if (usages.length === 0) {
    return (
      <EmptyState title="No datasets recorded">
        This version was registered without dataset versions. Datasets are fixed at registration, so register
        a new version to record them.
      </EmptyState>
    );
  }
  return (
    <DataTable
      caption="Dataset versions used by this model version, with role and personal-data facts"
      head={
        <>
          <th scope="col" className={th}>
            Dataset
          </th>
          <th scope="col" className={th}>
            Version
          </th>
          <th scope="col" className={th}>
            Role
          </th>
          <th scope="col" className={th}>
            Personal data
          </th>
          <th scope="col" className={th}>
            Legal basis
          </th>
        </>
      }
    >
      {usages.map((usage) => (
        <tr key={`${usage.id}-${usage.role}`}>
          <td className={td}>
            <Link
              href={`/datasets/${usage.dataset.id}`}
              className="font-medium text-indigo-700 hover:underline"
            >
              {usage.dataset.name}
            </Link>
            <div className="text-xs text-slate-600">{usage.dataset.slug}</div>
          </td>
          <td className={td}>
            v{usage.version}
            {usage.label && <span className="text-slate-600"> · {usage.label}</span>}
          </td>
          <td className={td}>{DATASET_ROLE_LABELS[usage.role]}</td>
          <td className={td}>
            <PersonalDataBadge containsPersonalData={usage.containsPersonalData} />
            {usage.personalDataCategories.length > 0 && (
              <div className="mt-1 text-xs text-slate-700">{usage.personalDataCategories.join(", ")}</div>
            )}
          </td>
          <td className={td}>
            {usage.legalBasis ? (
              LEGAL_BASIS_LABELS[usage.legalBasis]
            ) : (
              <span className="text-slate-600">None</span>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
