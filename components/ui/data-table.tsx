/** One column of a DataTable: its header and how a row fills its cell. */
export type Column<Row> = {
  key: string;
  /** the header's words; with `hideHeader` they are read by screen readers only (an actions column) */
  header: React.ReactNode;
  cell: (row: Row) => React.ReactNode;
  /** classes added to each cell of the column, or to one row's cell (the header keeps the house style) */
  className?: string | ((row: Row) => string | undefined);
  /** data attributes of a row's cell (`data-best` on the best value of a comparison) */
  cellData?: (row: Row) => Record<`data-${string}`, string | undefined>;
  align?: "left" | "right";
  hideHeader?: boolean;
  /** the cell names its row (`<th scope="row">`), as a version's name or a metric's does */
  rowHeader?: boolean;
};

const th = "px-4 py-2.5";
const td = "px-4 py-2.5 align-top text-slate-800";

type Props<Row> = {
  caption: string;
  /** falsy entries are left out, so a column can depend on a flag (`showOwner && ownerColumn`) */
  columns: (Column<Row> | false | null | undefined)[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** shown instead of the table when there are no rows; without it an empty table has only its header */
  empty?: React.ReactNode;
  rowClassName?: string | ((row: Row) => string | undefined);
  /** attributes of a row's `<tr>` (an anchor id, a data attribute tests read) */
  rowProps?: (row: Row) => React.HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string>;
};

/**
 * The registry's table: a bordered card with a caption for screen readers, `scope="col"` headers and
 * one row per item, its cells drawn by the columns. Tables differ only in their columns.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  rowClassName,
  rowProps,
}: Props<Row>) {
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  const shown = columns.filter((column): column is Column<Row> => Boolean(column));
  const alignOf = (column: Column<Row>) => (column.align === "right" ? "text-right" : "text-left");
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            {shown.map((column) => (
              <th key={column.key} scope="col" className={`${th} ${alignOf(column)}`}>
                {column.hideHeader ? <span className="sr-only">{column.header}</span> : column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr
              key={rowKey(row)}
              className={typeof rowClassName === "function" ? rowClassName(row) : rowClassName}
              {...rowProps?.(row)}
            >
              {shown.map((column) => {
                const extra =
                  typeof column.className === "function" ? column.className(row) : column.className;
                const className = [td, column.align === "right" && "text-right", extra]
                  .filter(Boolean)
                  .join(" ");
                return column.rowHeader ? (
                  <th key={column.key} scope="row" className={`${className} text-left font-medium`}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className={className} {...column.cellData?.(row)}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
