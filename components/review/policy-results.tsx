import { Badge } from "@/components/ui/badge";
import type { RuleResult } from "@/lib/policy/rules";
import type { ReviewPolicy } from "@/lib/promotions/review-types";

const STATUS_LABELS: Record<RuleResult["status"], string> = {
  passed: "Passed",
  failed: "Failed",
  missing_evidence: "No evidence",
};

/** A failing rule is red where it blocks (ENFORCE) and amber where it only would (SHADOW). */
function RuleRow({ rule, shadow }: { rule: RuleResult; shadow: boolean }) {
  const failing = !rule.passed;
  const rowTone = !failing ? "" : shadow ? "bg-amber-50/70" : "bg-red-50/70";
  const edge = !failing ? "border-l-transparent" : shadow ? "border-l-amber-400" : "border-l-red-500";
  return (
    <tr className={rowTone} data-outcome={failing ? (shadow ? "shadow-failed" : "failed") : "passed"}>
      <td className={`border-l-4 ${edge} px-3 py-2 align-top`}>
        <span className="font-medium text-slate-900">{rule.description}</span>
        <code className="mt-0.5 block font-mono text-xs text-slate-600">{rule.ruleId}</code>
      </td>
      <td className="px-3 py-2 align-top tabular-nums text-slate-800">
        {rule.measured ?? <span className="text-slate-600">Nothing measured</span>}
      </td>
      <td className="px-3 py-2 align-top text-slate-800">{rule.required}</td>
      <td className="px-3 py-2 align-top">
        {rule.passed ? (
          <Badge tone="green">Passed</Badge>
        ) : (
          <span className="flex flex-col items-start gap-1">
            <Badge tone={shadow ? "amber" : "red"}>{STATUS_LABELS[rule.status]}</Badge>
            {shadow && <span className="text-xs font-medium text-amber-900">Would block if enforced</span>}
          </span>
        )}
        <span className="mt-1 block text-xs text-slate-700">{rule.message}</span>
      </td>
    </tr>
  );
}

function PolicyCard({ policy }: { policy: ReviewPolicy }) {
  const shadow = policy.mode === "SHADOW";
  const border = policy.passed ? "border-slate-200" : shadow ? "border-amber-300" : "border-red-300";
  return (
    <section
      aria-label={`${policy.policyName}, version ${policy.policyVersion}`}
      className={`overflow-hidden rounded-lg border bg-white shadow-sm ${border}`}
    >
      <header className="flex flex-wrap items-center gap-2 border-b border-slate-100 px-4 py-2.5">
        <h4 className="text-sm font-semibold text-slate-900">{policy.policyName}</h4>
        <span className="text-xs text-slate-600">
          v{policy.policyVersion} · <code className="font-mono">{policy.policyKey}</code>
        </span>
        <span className="ml-auto flex gap-1">
          <Badge tone={shadow ? "slate" : "indigo"}>{shadow ? "Shadow" : "Enforced"}</Badge>
          {policy.passed ? (
            <Badge tone="green">Passed</Badge>
          ) : (
            <Badge tone={shadow ? "amber" : "red"}>{shadow ? "Failed (not blocking)" : "Failed"}</Badge>
          )}
        </span>
      </header>
      {policy.results.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-600">This policy recorded no rule results.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Rules of {policy.policyName}</caption>
          <thead className="bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">
                Rule
              </th>
              <th scope="col" className="px-3 py-2">
                Measured
              </th>
              <th scope="col" className="px-3 py-2">
                Required
              </th>
              <th scope="col" className="px-3 py-2">
                Result
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {[...policy.results]
              .sort((a, b) => Number(a.passed) - Number(b.passed))
              .map((rule) => (
                <RuleRow key={rule.ruleId} rule={rule} shadow={shadow} />
              ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function PolicyGroup({ title, note, policies }: { title: string; note: string; policies: ReviewPolicy[] }) {
  if (policies.length === 0) return null;
  const failed = policies.filter((policy) => !policy.passed).length;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
        <p className="text-xs text-slate-600">
          {policies.length - failed} of {policies.length} passed. {note}
        </p>
      </div>
      {[...policies]
        .sort((a, b) => Number(a.passed) - Number(b.passed))
        .map((policy) => (
          <PolicyCard key={policy.id} policy={policy} />
        ))}
    </div>
  );
}

/**
 * The policy results frozen on the request, enforced policies first: what the requester was judged on
 * when they asked, whatever the policies say today. Failing rules lead within each policy.
 */
export function PolicyResults({ policies, toStage }: { policies: ReviewPolicy[]; toStage: string }) {
  if (policies.length === 0)
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600">
        No policy applied to {toStage.toLowerCase()} when this request was made, so nothing was checked
        automatically: the evidence below is all there is.
      </p>
    );
  return (
    <div className="space-y-6">
      <PolicyGroup
        title="Enforced policies"
        note="A failure here blocks the request."
        policies={policies.filter((policy) => policy.mode === "ENFORCE")}
      />
      <PolicyGroup
        title="Shadow policies"
        note="Recorded to try a policy out; they never block."
        policies={policies.filter((policy) => policy.mode === "SHADOW")}
      />
    </div>
  );
}
