import Link from "next/link";
import { type Column, DataTable } from "@/components/ui/data-table";

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
  const versionColumns = columns.map((column, i): Column<CompareTableRow> => ({
    key: column.id,
    header: (
      <Link
        href={`/versions/${column.id}`}
        prefetch={false}
        className="normal-case text-indigo-700 hover:underline"
      >
        {column.label}
      </Link>
    ),
    align: "right",
    className: (row) =>
      `tabular-nums ${row.best.includes(i) ? "bg-emerald-50 font-semibold text-emerald-900" : ""}`,
    cellData: (row) => ({ "data-best": row.best.includes(i) ? "true" : undefined }),
    cell: (row) => <MetricValue value={row.values[i] ?? null} best={row.best.includes(i)} />,
  }));
  return (
    <DataTable
      caption={caption}
      columns={[
        { key: "group", header: groupLabel, cell: (row) => row.group },
        {
          key: "metric",
          header: "Metric",
          rowHeader: true,
          cell: (row) => (
            <>
              {nameOf(row)}
              <span className="ml-1 text-xs font-normal text-slate-500">
                ({row.direction === "higher" ? "higher is better" : "lower is better"})
              </span>
            </>
          ),
        },
        ...versionColumns,
      ]}
      rows={rows}
      rowKey={(row) => row.key}
    />
  );
}

function MetricValue({ value, best }: { value: number | null; best: boolean }) {
  return (
    <>
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
    </>
  );
}
