import type { LegalBasis } from "@/generated/prisma/enums";
import { DataTable, td, th } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { LEGAL_BASIS_LABELS } from "@/lib/labels";
import { PersonalDataBadge } from "./personal-data-badge";

export type DatasetVersionRow = {
  id: string;
  version: number;
  label: string | null;
  checksum: string | null;
  rows: number | null;
  containsPersonalData: boolean;
  personalDataCategories: string[];
  legalBasis: LegalBasis | null;
  retentionDays: number | null;
  region: string | null;
  createdAt: Date;
};

const none = <span className="text-slate-600">—</span>;

export function DatasetVersionTable({ versions, total }: { versions: DatasetVersionRow[]; total: number }) {
  if (versions.length === 0) {
    return (
      <EmptyState title="No versions yet">
        A version records one snapshot of the data with its governance facts: rows, personal data, legal
        basis, retention, region.
      </EmptyState>
    );
  }
  return (
    <>
      <DataTable
        caption="Versions of this dataset with their governance facts, newest first"
        head={
          <>
            <th scope="col" className={th}>
              Version
            </th>
            <th scope="col" className={th}>
              Checksum
            </th>
            <th scope="col" className={`${th} text-right`}>
              Rows
            </th>
            <th scope="col" className={th}>
              Personal data
            </th>
            <th scope="col" className={th}>
              Legal basis
            </th>
            <th scope="col" className={`${th} text-right`}>
              Retention
            </th>
            <th scope="col" className={th}>
              Region
            </th>
            <th scope="col" className={th}>
              Added
            </th>
          </>
        }
      >
        {versions.map((v) => (
          <tr key={v.id}>
            <th scope="row" className={`${td} text-left font-medium`}>
              v{v.version}
              {v.label && <div className="text-xs font-normal text-slate-600">{v.label}</div>}
            </th>
            <td className={`${td} max-w-48 break-all font-mono text-xs`}>{v.checksum ?? none}</td>
            <td className={`${td} text-right tabular-nums`}>
              {v.rows === null ? none : v.rows.toLocaleString("en-US")}
            </td>
            <td className={td}>
              <PersonalDataBadge containsPersonalData={v.containsPersonalData} />
              {v.personalDataCategories.length > 0 && (
                <div className="mt-1 text-xs text-slate-700">{v.personalDataCategories.join(", ")}</div>
              )}
            </td>
            <td className={td}>{v.legalBasis ? LEGAL_BASIS_LABELS[v.legalBasis] : none}</td>
            <td className={`${td} whitespace-nowrap text-right`}>
              {v.retentionDays === null ? none : `${v.retentionDays.toLocaleString("en-US")} days`}
            </td>
            <td className={td}>{v.region ?? none}</td>
            <td className={`${td} whitespace-nowrap`}>
              <RelativeTime date={v.createdAt} />
            </td>
          </tr>
        ))}
      </DataTable>
      {total > versions.length && (
        <p className="mt-2 text-sm text-slate-600">
          Showing the newest {versions.length} of {total} versions.
        </p>
      )}
    </>
  );
}
