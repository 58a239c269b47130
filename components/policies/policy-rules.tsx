import { Badge } from "@/components/ui/badge";
import { describeRule } from "@/lib/policy/evaluate";
import { RULE_KIND_LABELS } from "@/lib/policy/rule-labels";
import type { PolicyView } from "@/lib/policy/views";

/** The rules as they stand, in words; a stored list that no longer parses is said plainly, not drawn. */
export function PolicyRules({ policy }: { policy: PolicyView }) {
  if (policy.rulesError !== null)
    return (
      <div role="note" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
        <p className="font-semibold">The rules of this version cannot be read</p>
        <p className="mt-1">
          {policy.rulesError}. They were probably written before today&apos;s rule kinds.
          {policy.enabled &&
            " While this version is enabled, requests to its target stage cannot be judged: edit the policy and write its rules again."}
        </p>
      </div>
    );
  return (
    <ol aria-label="Rules of this version" className="divide-y divide-slate-100">
      {policy.rules.map((rule) => (
        <li
          key={rule.id}
          className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2.5 first:pt-0 last:pb-0"
        >
          <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800">{rule.id}</code>
          <Badge>{RULE_KIND_LABELS[rule.kind]}</Badge>
          <span className="text-sm text-slate-900">{describeRule(rule)}</span>
        </li>
      ))}
    </ol>
  );
}
