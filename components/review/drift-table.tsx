import { Badge } from "@/components/ui/badge";
import { type Column, DataTable } from "@/components/ui/data-table";
import {
  PSI_MODERATE,
  PSI_SIGNIFICANT,
  type DriftLevel,
  type DriftRow,
} from "@/lib/promotions/drift-summary";

const LEVELS: Record<DriftLevel, { tone: "green" | "amber" | "red" | "slate"; text: string }> = {
  stable: { tone: "green", text: "Stable" },
  moderate: { tone: "amber", text: `Moderate shift (PSI ≥ ${PSI_MODERATE})` },
  significant: { tone: "red", text: `Significant shift (PSI ≥ ${PSI_SIGNIFICANT})` },
  unknown: { tone: "slate", text: "No PSI" },
};
const value = (number: number | null) => (number === null ? "–" : number.toFixed(3));
const day = (date: Date) => date.toISOString().slice(0, 10);

const columns: Column<DriftRow>[] = [
  { key: "feature", header: "Feature", className: "font-medium", cell: (row) => row.feature },
  {
    key: "window",
    header: "Window",
    className: "whitespace-nowrap text-slate-700",
    cell: (row) => `${day(row.windowStart)} to ${day(row.windowEnd)}`,
  },
  {
    key: "psi",
    header: "PSI",
    align: "right",
    className: "tabular-nums font-medium",
    cell: (row) => value(row.psi),
  },
  { key: "ks", header: "KS", align: "right", className: "tabular-nums", cell: (row) => value(row.ks) },
  { key: "js", header: "JS", align: "right", className: "tabular-nums", cell: (row) => value(row.js) },
  {
    key: "wasserstein",
    header: "Wasserstein",
    align: "right",
    className: "tabular-nums",
    cell: (row) => value(row.wasserstein),
  },
  {
    key: "flag",
    header: "Flag",
    cell: (row) => <Badge tone={LEVELS[row.level].tone}>{LEVELS[row.level].text}</Badge>,
  },
];

/** The latest window of each feature: the four drift measures, flagged by PSI. */
export function DriftTable({ rows }: { rows: DriftRow[] }) {
  return (
    <DataTable
      caption="Latest drift window per feature"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.feature}
      empty={<p className="text-sm text-slate-600">No drift has been observed for this version.</p>}
    />
  );
}
