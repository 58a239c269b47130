import { ChartEmpty, ChartFrame } from "@/components/dashboards/chart-frame";
import { ButtonLink } from "@/components/ui/button";
import type { PolicyMode } from "@/generated/prisma/enums";
import { SHADOW_FAILURE_LIMIT, type ShadowReport } from "@/lib/policy/views";
import { ShadowFailuresTable } from "./shadow-failures-table";
import { ShadowRuleChart } from "./shadow-rule-chart";

const day = (date: Date) => date.toISOString().slice(0, 10);
const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

const periodOf = (report: ShadowReport) => `between ${day(report.from)} and ${day(report.to)}`;

/** The report in one sentence: for a shadow policy, what enforcing it would have blocked. */
function headline({ totals, ...report }: ShadowReport, mode: PolicyMode): string {
  const period = periodOf({ totals, ...report });
  if (totals.evaluated === 0)
    return `No request was judged by this policy ${period}${mode === "SHADOW" ? ": there is nothing it would have blocked yet" : ""}.`;
  if (mode === "SHADOW")
    return `Switched to enforce, this policy would have blocked ${plural(totals.failed, "request")} of ${totals.evaluated} judged ${period}.`;
  const shadow = totals.shadowEvaluated
    ? `; while in shadow mode it would have blocked ${totals.wouldHaveBlocked} of ${totals.shadowEvaluated}`
    : "";
  return `Enforced, it blocked ${plural(totals.blocked, "request")} of ${totals.enforcedEvaluated} judged ${period}${shadow}.`;
}

/** What the policy caught over the period, in a sentence first, then by rule and request by request. */
export function ShadowReportView({
  report,
  mode,
  editHref,
}: {
  report: ShadowReport;
  mode: PolicyMode;
  /** the edit form, for officers */
  editHref?: string;
}) {
  const { totals } = report;
  const period = periodOf(report);
  return (
    <div className="space-y-6">
      {mode === "SHADOW" ? (
        <div className="rounded-lg border border-violet-200 bg-violet-50 p-4 text-sm text-violet-950">
          <p className="font-semibold">{headline(report, mode)}</p>
          <p className="mt-1">
            Shadow mode records failures without blocking. Each request below was judged by the policy version
            in force when it was made.
          </p>
          {editHref && (
            <ButtonLink href={editHref} variant="secondary" className="mt-3">
              Edit to enforce
            </ButtonLink>
          )}
        </div>
      ) : (
        <p className="text-sm text-slate-700">{headline(report, mode)}</p>
      )}
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {[
          ["Requests judged", totals.evaluated],
          ["Failed", totals.failed],
          ["Would have blocked (shadow)", totals.wouldHaveBlocked],
          ["Blocked (enforce)", totals.blocked],
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
            <dt className="text-xs font-medium text-slate-600">{label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <div>
        <h3 className="mb-2 text-sm font-semibold text-slate-900">By rule</h3>
        {report.rules.length === 0 ? (
          <ChartEmpty title="No evaluations in this period">
            No request to this policy&apos;s stage was judged by it {period}. Try a longer period.
          </ChartEmpty>
        ) : (
          <ChartFrame
            summary={`Requests evaluated and failed per rule ${period}`}
            caption="Requests evaluated and failed per rule"
            columns={["Rule", "Evaluated", "Failed (would have blocked)"]}
            rows={report.rules.map((r) => [r.ruleId, r.evaluated, r.failed])}
            height={240}
          >
            <ShadowRuleChart data={report.rules} />
          </ChartFrame>
        )}
      </div>
      {report.failures.length > 0 && (
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-900">
            Requests it failed
            {totals.failed > SHADOW_FAILURE_LIMIT &&
              ` (the newest ${SHADOW_FAILURE_LIMIT} of ${totals.failed})`}
          </h3>
          <ShadowFailuresTable failures={report.failures} />
        </div>
      )}
    </div>
  );
}
