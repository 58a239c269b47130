import type { LegalBasis } from "@/generated/prisma/enums";
import { type Column, DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { LEGAL_BASIS_LABELS } from "@/lib/labels";
import { PersonalDataFacts } from "./personal-data-badge";

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

const columns: Column<DatasetVersionRow>[] = [
  {
    key: "version",
    header: "Version",
    rowHeader: true,
    cell: (v) => (
      <>
        v{v.version}
        {v.label && <div className="text-xs font-normal text-slate-600">{v.label}</div>}
      </>
    ),
  },
  {
    key: "checksum",
    header: "Checksum",
    className: "max-w-48 break-all font-mono text-xs",
    cell: (v) => v.checksum ?? none,
  },
  {
    key: "rows",
    header: "Rows",
    align: "right",
    className: "tabular-nums",
    cell: (v) => (v.rows === null ? none : v.rows.toLocaleString("en-US")),
  },
  {
    key: "personalData",
    header: "Personal data",
    cell: (v) => (
      <PersonalDataFacts
        containsPersonalData={v.containsPersonalData}
        categories={v.personalDataCategories}
      />
    ),
  },
  {
    key: "legalBasis",
    header: "Legal basis",
    cell: (v) => (v.legalBasis ? LEGAL_BASIS_LABELS[v.legalBasis] : none),
  },
  {
    key: "retention",
    header: "Retention",
    align: "right",
    className: "whitespace-nowrap",
    cell: (v) => (v.retentionDays === null ? none : `${v.retentionDays.toLocaleString("en-US")} days`),
  },
  { key: "region", header: "Region", cell: (v) => v.region ?? none },
  {
    key: "added",
    header: "Added",
    className: "whitespace-nowrap",
    cell: (v) => <RelativeTime date={v.createdAt} />,
  },
];

export function DatasetVersionTable({ versions, total }: { versions: DatasetVersionRow[]; total: number }) {
  return (
    <>
      <DataTable
        caption="Versions of this dataset with their governance facts, newest first"
        columns={columns}
        rows={versions}
        rowKey={(v) => v.id}
        empty={
          <EmptyState title="No versions yet">
            A version records one snapshot of the data with its governance facts: rows, personal data, legal
            basis, retention, region.
          </EmptyState>
        }
      />
      {total > versions.length && (
        <p className="mt-2 text-sm text-slate-600">
          Showing the newest {versions.length} of {total} versions.
        </p>
      )}
    </>
  );
}
