import { Badge } from "@/components/ui/badge";
import { DataTable, td, th } from "@/components/ui/data-table";
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

/** The latest window of each feature: the four drift measures, flagged by PSI. */
export function DriftTable({ rows }: { rows: DriftRow[] }) {
  if (rows.length === 0)
    return <p className="text-sm text-slate-600">No drift has been observed for this version.</p>;
  return (
    <DataTable
      caption="Latest drift window per feature"
      head={
        <>
          <th className={th}>Feature</th>
          <th className={th}>Window</th>
          <th className={`${th} text-right`}>PSI</th>
          <th className={`${th} text-right`}>KS</th>
          <th className={`${th} text-right`}>JS</th>
          <th className={`${th} text-right`}>Wasserstein</th>
          <th className={th}>Flag</th>
        </>
      }
    >
      {rows.map((row) => (
        <tr key={row.feature}>
          <td className={`${td} font-medium`}>{row.feature}</td>
          <td className={`${td} whitespace-nowrap text-slate-700`}>
            {day(row.windowStart)} to {day(row.windowEnd)}
          </td>
          <td className={`${td} text-right tabular-nums font-medium`}>{value(row.psi)}</td>
          <td className={`${td} text-right tabular-nums`}>{value(row.ks)}</td>
          <td className={`${td} text-right tabular-nums`}>{value(row.js)}</td>
          <td className={`${td} text-right tabular-nums`}>{value(row.wasserstein)}</td>
          <td className={td}>
            <Badge tone={LEVELS[row.level].tone}>{LEVELS[row.level].text}</Badge>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
