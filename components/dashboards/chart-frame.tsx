type Cell = string | number;

/**
 * A chart with its text alternative: the drawing is one image named by a one-line summary, and a
 * visually hidden table carries every number for screen readers (and for anyone who copies the page).
 */
export function ChartFrame({
  summary,
  caption,
  columns,
  rows,
  height = 260,
  children,
}: {
  summary: string;
  caption: string;
  columns: string[];
  rows: Cell[][];
  height?: number;
  children: React.ReactNode;
}) {
  return (
    <div>
      <div role="img" aria-label={summary} style={{ height }}>
        {children}
      </div>
      {/* The wrapper hides the table: a table grows to its rows whatever its own height, and would
          lengthen the page by its rows' height. */}
      <div className="sr-only">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={j}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** What a chart shows when there is nothing to draw yet. */
export function ChartEmpty({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="grid h-48 place-items-center rounded-md border border-dashed border-slate-300 px-6 text-center">
      <div>
        <p className="text-sm font-semibold text-slate-900">{title}</p>
        <p className="mt-1 text-sm text-slate-600">{children}</p>
      </div>
    </div>
  );
}
