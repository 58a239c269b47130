import Link from "next/link";

export type BlockingRule = { policyId: string; policyName: string; ruleId: string; message: string };

/** The ENFORCE rules that stopped a request, as a `policy_blocked` refusal names them. */
export function BlockedRules({ rules, requestId }: { rules: BlockingRule[]; requestId?: string }) {
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-900">
      <p className="font-semibold">
        Blocked by {rules.length === 1 ? "an enforced policy rule" : `${rules.length} enforced policy rules`}
      </p>
      <p className="mt-1 text-red-800">
        The request was stored as blocked, so reviewers can see what was tried. Results can still be added to
        this version (evaluations, fairness predictions, drift: its Metrics tab), then request again. What was
        fixed at registration (model card, datasets, lineage) takes a new version: “New version from this”
        starts one filled in from this one.
      </p>
      <ul className="mt-3 space-y-2">
        {rules.map((rule) => (
          <li
            key={`${rule.policyId}/${rule.ruleId}`}
            className="rounded border border-red-200 bg-white px-3 py-2"
          >
            <span className="font-medium text-slate-900">{rule.policyName}</span>{" "}
            <code className="font-mono text-xs text-slate-600">{rule.ruleId}</code>
            <span className="block text-slate-800">{rule.message}</span>
          </li>
        ))}
      </ul>
      {requestId && (
        <Link
          href={`/approvals/${requestId}`}
          className="mt-3 inline-block font-medium text-red-900 underline hover:no-underline"
        >
          Open the blocked request
        </Link>
      )}
    </div>
  );
}

/** The rules of a refusal's details, when the details hold them; anything else reads as none. */
export function blockingRulesOf(details: Record<string, unknown> | undefined): {
  rules: BlockingRule[];
  requestId?: string;
} {
  const rules = Array.isArray(details?.rules) ? (details.rules as BlockingRule[]) : [];
  const requestId = typeof details?.requestId === "string" ? details.requestId : undefined;
  return { rules, requestId };
}
