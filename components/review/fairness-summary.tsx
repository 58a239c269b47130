import { Badge } from "@/components/ui/badge";
import { FOUR_FIFTHS_THRESHOLD } from "@/lib/metrics/fairness";
import type { ReviewFairness } from "@/lib/promotions/review-types";

const rate = (value: number | null) => (value === null ? "undefined" : value.toFixed(3));

function Figure({
  label,
  value,
  hint,
  flag,
}: {
  label: string;
  value: string;
  hint: string;
  flag?: boolean;
}) {
  return (
    <div>
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="flex items-center gap-2">
        <span className="text-lg font-semibold tabular-nums text-slate-900">{value}</span>
        {flag && <Badge tone="red">below 4/5</Badge>}
      </dd>
      <dd className="text-xs text-slate-600">{hint}</dd>
    </div>
  );
}

/**
 * The reports this one replaced, when there are any: a failing report swapped for a passing one just
 * before the request is what a reviewer must notice (the audit trail has each one).
 */
function EarlierReports({ report }: { report: ReviewFairness }) {
  const { count, previous } = report.earlier;
  if (count === 0 || !previous) return null;
  const failed =
    previous.disparateImpactRatio !== null && previous.disparateImpactRatio < FOUR_FIFTHS_THRESHOLD;
  return (
    <p
      className={`mt-2 rounded px-2 py-1 text-xs ${failed ? "bg-red-50 text-red-900" : "bg-slate-100 text-slate-700"}`}
    >
      Replaces {count === 1 ? "an earlier report" : `${count} earlier reports`}; the one before it (
      {previous.recordedAt.toISOString().slice(0, 16).replace("T", " ")} UTC) had a disparate impact ratio of{" "}
      {rate(previous.disparateImpactRatio)}
      {failed ? ", below four-fifths." : "."}
    </p>
  );
}

/** The latest fairness report of each protected attribute: its three summary figures and each group's selection rate. */
export function FairnessSummary({ reports }: { reports: ReviewFairness[] }) {
  if (reports.length === 0)
    return <p className="text-sm text-slate-600">No fairness report has been recorded for this version.</p>;
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      {reports.map((report) => {
        const widest = Math.max(...report.groups.map((group) => group.selectionRate), 0.0001);
        return (
          <section
            key={report.attribute}
            aria-label={`Fairness by ${report.attribute}`}
            className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
          >
            <h3 className="text-sm font-semibold text-slate-900">
              By {report.attribute}
              <span className="ml-2 text-xs font-normal text-slate-600">
                {report.rowCount.toLocaleString("en")} rows · {report.recordedAt.toISOString().slice(0, 10)}
              </span>
            </h3>
            <EarlierReports report={report} />
            <dl className="mt-3 grid grid-cols-3 gap-3">
              <Figure
                label="Demographic parity difference"
                value={rate(report.demographicParityDifference)}
                hint="0 is parity"
              />
              <Figure
                label="Disparate impact ratio"
                value={rate(report.disparateImpactRatio)}
                hint="1 is parity; under 0.8 fails the four-fifths rule"
                flag={
                  report.disparateImpactRatio !== null && report.disparateImpactRatio < FOUR_FIFTHS_THRESHOLD
                }
              />
              <Figure
                label="Equalized odds difference"
                value={rate(report.equalizedOddsDifference)}
                hint="0 is parity"
              />
            </dl>
            <table className="mt-4 w-full text-left text-sm">
              <caption className="sr-only">Selection rate per {report.attribute} group</caption>
              <thead className="text-xs font-semibold uppercase tracking-wide text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-3">
                    Group
                  </th>
                  <th scope="col" className="py-1 pr-3 text-right">
                    Rows
                  </th>
                  <th scope="col" className="w-1/2 py-1">
                    Selection rate
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.groups.map((group) => (
                  <tr key={group.group}>
                    <th scope="row" className="py-1 pr-3 font-medium text-slate-800">
                      {group.group}
                    </th>
                    <td className="py-1 pr-3 text-right tabular-nums text-slate-700">
                      {group.count.toLocaleString("en")}
                    </td>
                    <td className="py-1">
                      <span className="flex items-center gap-2">
                        <span
                          aria-hidden
                          className="h-2 rounded bg-indigo-500"
                          style={{ width: `${(group.selectionRate / widest) * 70}%` }}
                        />
                        <span className="tabular-nums text-slate-800">{group.selectionRate.toFixed(3)}</span>
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
