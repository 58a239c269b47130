import { Badge } from "@/components/ui/badge";

export type PolicyCounts = { passed: number; failed: number; enforcedFailed: number; shadowFailed: number };

/** Passed and failed policies of a request; shadow failures are marked apart because they never block. */
export function PolicySummary({ policy }: { policy: PolicyCounts }) {
  if (policy.passed + policy.failed === 0)
    return <span className="text-xs text-slate-600">No policies applied</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {policy.passed > 0 && <Badge tone="green">{policy.passed} passed</Badge>}
      {policy.enforcedFailed > 0 && <Badge tone="red">{policy.enforcedFailed} failed</Badge>}
      {policy.shadowFailed > 0 && (
        <span title="Shadow policies are evaluated and recorded but do not block the request">
          <Badge tone="amber">{policy.shadowFailed} shadow failed</Badge>
        </span>
      )}
    </span>
  );
}
