import type { EvaluationRow } from "@/lib/schemas/version-metrics";
import { CsvDownloadButton } from "./csv-download-button";
import { formatDelta, formatValue } from "./metric-format";

type Ref = { id: string; label: string } | null;
type Comparison = EvaluationRow["parent"];

const TONE = {
  better: "bg-emerald-50 text-emerald-800",
  worse: "bg-red-50 text-red-800",
  same: "bg-slate-100 text-slate-700",
} as const;
// The arrow follows the number (up for a rise); the colour and the word say whether that is good,
// so a falling loss reads "▼ −0.093 better".
const arrowOf = (delta: number) => (delta > 0 ? "▲" : delta < 0 ? "▼" : "=");

/** The other version's value and the change to this one, in words as well as colour. */
function Delta({ comparison }: { comparison: Comparison }) {
  if (!comparison) return <span className="text-slate-500">not measured</span>;
  const { value, delta, direction } = comparison;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className="tabular-nums">{formatValue(value)}</span>
      <span className={`rounded px-1.5 py-0.5 text-xs font-medium tabular-nums ${TONE[direction]}`}>
        <span aria-hidden>{arrowOf(delta)} </span>
        {formatDelta(delta)} {direction}
      </span>
    </span>
  );
}

/**
 * This version's latest overall value of each suite and metric against its parent's and its base's.
 * The change is named (better, worse, same) by the metric's own direction, so a falling loss is better.
 */
export function EvaluationComparison({
  rows,
  parent,
  base,
  fileName,
}: {
  rows: EvaluationRow[];
  parent: Ref;
  base: Ref;
  fileName: string;
}) {
  const csvRows = rows.flatMap((r) => [
    [
      r.suite,
      r.metric,
      null,
      r.higherIsBetter ? "higher" : "lower",
      r.value,
      r.parent?.value ?? null,
      r.parent?.delta ?? null,
      r.base?.value ?? null,
      r.base?.delta ?? null,
    ],
    ...r.slices.map((s) => [
      r.suite,
      r.metric,
      s.slice,
      r.higherIsBetter ? "higher" : "lower",
      s.value,
      null,
      null,
      null,
      null,
    ]),
  ]);
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm">
          <caption className="sr-only">
            Evaluation metrics of this version against {parent ? `its parent ${parent.label}` : "no parent"}{" "}
            and {base ? `its base ${base.label}` : "no base"}
          </caption>
          <thead className="border-b border-slate-200 text-left text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-4 font-semibold">
                Suite
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                Metric
              </th>
              <th scope="col" className="py-2 pr-4 text-right font-semibold">
                This version
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                Parent{parent ? ` (${parent.label})` : ""}
              </th>
              <th scope="col" className="py-2 font-semibold">
                Base{base ? ` (${base.label})` : ""}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={`${r.suite}\u0000${r.metric}`} className="align-top">
                <td className="py-2 pr-4 text-slate-700">{r.suite}</td>
                <th scope="row" className="py-2 pr-4 text-left font-medium text-slate-900">
                  {r.metric}
                  <span className="block text-xs font-normal text-slate-600">
                    {r.higherIsBetter ? "higher is better" : "lower is better"}
                  </span>
                  {r.slices.length > 0 && (
                    <span className="block text-xs font-normal text-slate-600">
                      Slices: {r.slices.map((s) => `${s.slice} ${formatValue(s.value)}`).join(", ")}
                    </span>
                  )}
                </th>
                <td className="py-2 pr-4 text-right font-semibold tabular-nums text-slate-900">
                  {formatValue(r.value)}
                </td>
                <td className="py-2 pr-4">
                  {parent ? (
                    <Delta comparison={r.parent} />
                  ) : (
                    <span className="text-slate-500">no parent</span>
                  )}
                </td>
                <td className="py-2">
                  {base ? <Delta comparison={r.base} /> : <span className="text-slate-500">no base</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CsvDownloadButton
        fileName={fileName}
        label="Download the evaluation metrics as CSV"
        header={[
          "suite",
          "metric",
          "slice",
          "better",
          "value",
          "parent_value",
          "parent_delta",
          "base_value",
          "base_delta",
        ]}
        rows={csvRows}
      />
    </div>
  );
}
