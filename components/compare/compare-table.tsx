import Link from "next/link";
import { DataTable, td, th } from "@/components/ui/data-table";

export type CompareColumn = { id: string; label: string };
export type CompareTableRow = {
  key: string;
  group: string;
  name: string;
  direction: "higher" | "lower";
  values: (number | null)[];
  best: number[];
};

const format = (value: number) =>
  Number.isInteger(value) ? String(value) : value.toPrecision(4).replace(/\.?0+$/, "");

/**
 * Rows are metrics, columns are versions. The best cell of a row says so in words (and a star), not
 * only by its colour, so the mark survives a screen reader, a grey-scale print and colour blindness.
 */
export function CompareTable({
  caption,
  groupLabel,
  columns,
  rows,
  nameOf = (row) => row.name,
}: {
  caption: string;
  groupLabel: string;
  columns: CompareColumn[];
  rows: CompareTableRow[];
  nameOf?: (row: CompareTableRow) => string;
}) {
  return (
    <DataTable
      caption={caption}
      head={
        <>
          <th scope="col" className={th}>
            {groupLabel}
          </th>
          <th scope="col" className={th}>
            Metric
          </th>
          {columns.map((column) => (
            <th key={column.id} scope="col" className={`${th} text-right`}>
              <Link
                href={`/versions/${column.id}`}
                prefetch={false}
                className="normal-case text-indigo-700 hover:underline"
              >
                {column.label}
              </Link>
            </th>
          ))}
        </>
      }
    >
      {rows.map((row) => (
        <tr key={row.key}>
          <td className={td}>{row.group}</td>
          <th scope="row" className={`${td} text-left font-medium`}>
            {nameOf(row)}
            <span className="ml-1 text-xs font-normal text-slate-500">
              ({row.direction === "higher" ? "higher is better" : "lower is better"})
            </span>
          </th>
          {row.values.map((value, i) => {
            const best = row.best.includes(i);
            return (
              <td
                key={columns[i]!.id}
                className={`${td} text-right tabular-nums ${best ? "bg-emerald-50 font-semibold text-emerald-900" : ""}`}
                data-best={best || undefined}
              >
                {value === null ? (
                  <span className="text-slate-500" aria-label="No value">
                    —
                  </span>
                ) : (
                  format(value)
                )}
                {best && (
                  <span className="ml-1.5 whitespace-nowrap text-xs">
                    <span aria-hidden>★</span> Best
                  </span>
                )}
              </td>
            );
          })}
        </tr>
      ))}
    </DataTable>
  );
}
