import Link from "next/link";
import { ChartFrame } from "@/components/dashboards/chart-frame";
import { improvementOverParent, type Comparison, type MetricRow } from "@/lib/promotions/compare-metrics";
import { ImprovementChart } from "./improvement-chart";
import type { ReviewEvidence } from "@/lib/promotions/review-types";

const number = (value: number) => Number(value.toPrecision(4)).toString();
const signed = (value: number) => `${value > 0 ? "+" : value < 0 ? "−" : "±"}${number(Math.abs(value))}`;

function Delta({ comparison }: { comparison: Comparison | null }) {
  if (!comparison) return <span className="text-slate-500">–</span>;
  // The version itself has no value: its own column already says so.
  if (comparison.delta === null || comparison.direction === null)
    return <span className="text-slate-500">–</span>;
  const tone =
    comparison.direction === "better"
      ? "text-emerald-800"
      : comparison.direction === "worse"
        ? "text-red-700"
        : "text-slate-700";
  return (
    <span className={`whitespace-nowrap tabular-nums font-medium ${tone}`}>
      {signed(comparison.delta)} <span className="text-xs font-normal">{comparison.direction}</span>
    </span>
  );
}

const cell = "px-3 py-2 align-top";
const versionLink = (ref: { id: string; label: string }) => (
  <Link href={`/versions/${ref.id}`} className="font-medium text-indigo-700 hover:underline">
    {ref.label}
  </Link>
);

/**
 * The version's latest overall metrics beside its parent's and its base's, deltas coloured by whether
 * they are improvements (following each metric's higher-is-better), with a chart of the changes from
 * the parent when there are any.
 */
export function MetricsComparison({ metrics }: { metrics: ReviewEvidence["metrics"] }) {
  const { rows, parent, base } = metrics;
  // A version whose parent is the base itself compares with it once.
  const showBase = !!base && base.id !== parent?.id;
  if (rows.length === 0)
    return (
      <p className="text-sm text-slate-600">
        No evaluation run has been recorded for this version or its parent.
      </p>
    );
  const bars = rows.flatMap((row) => {
    const percent = improvementOverParent(row);
    return percent === null ? [] : [{ label: `${row.suite} · ${row.metric}`, percent }];
  });
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        Compared with {parent ? <>its parent {versionLink(parent)}</> : "no parent (a root version)"}
        {showBase && base ? <> and its base {versionLink(base)}</> : null}.
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">
            Evaluation metrics of this version against its parent and its base
          </caption>
          <thead className="bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className={cell}>
                Suite
              </th>
              <th scope="col" className={cell}>
                Metric
              </th>
              <th scope="col" className={`${cell} text-right`}>
                This version
              </th>
              <th scope="col" className={`${cell} text-right`}>
                Parent
              </th>
              <th scope="col" className={cell}>
                vs parent
              </th>
              {showBase && (
                <>
                  <th scope="col" className={`${cell} text-right`}>
                    Base
                  </th>
                  <th scope="col" className={cell}>
                    vs base
                  </th>
                </>
              )}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row: MetricRow) => (
              <tr key={`${row.suite}/${row.metric}`}>
                <td className={`${cell} text-slate-700`}>{row.suite}</td>
                <td className={cell}>
                  <span className="font-medium text-slate-900">{row.metric}</span>
                  <span className="block text-xs text-slate-600">
                    {row.higherIsBetter ? "higher is better" : "lower is better"}
                  </span>
                </td>
                <td className={`${cell} text-right tabular-nums`}>
                  {row.value === null ? (
                    <span className="text-xs text-red-700">not evaluated</span>
                  ) : (
                    number(row.value)
                  )}
                </td>
                <td className={`${cell} text-right tabular-nums text-slate-700`}>
                  {row.parent ? number(row.parent.value) : "–"}
                </td>
                <td className={cell}>
                  <Delta comparison={row.parent} />
                </td>
                {showBase && (
                  <>
                    <td className={`${cell} text-right tabular-nums text-slate-700`}>
                      {row.base ? number(row.base.value) : "–"}
                    </td>
                    <td className={cell}>
                      <Delta comparison={row.base} />
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {bars.length > 0 && (
        <figure className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <figcaption className="mb-2 text-sm font-medium text-slate-900">
            Change from the parent, in percent (right is better)
          </figcaption>
          <ChartFrame
            summary={`${bars.filter((bar) => bar.percent > 0).length} metrics better than the parent, ${bars.filter((bar) => bar.percent < 0).length} worse`}
            caption="Change from the parent per metric, in percent; positive is better"
            columns={["Metric", "Change (%)"]}
            rows={bars.map((bar) => [bar.label, bar.percent.toFixed(1)])}
            height={Math.max(120, bars.length * 30 + 40)}
          >
            <ImprovementChart bars={bars} />
          </ChartFrame>
        </figure>
      )}
    </div>
  );
}
