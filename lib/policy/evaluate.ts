/**
 * The policy engine: judges one version's evidence against a policy's rules. Pure (no I/O): the
 * evidence comes from `lib/server/policies/gather-evidence.ts`, and the same inputs always give the
 * same verdict, so a result frozen on a request can be reproduced.
 */
import type { Evidence } from "./evidence";
import type { PolicyForEvaluation, PolicyResult, PolicyRule, RuleKind, RuleOf, RuleResult } from "./rules";
import { approvalChecks } from "./rules/approvals";
import { datasetChecks } from "./rules/datasets";
import { documentationChecks } from "./rules/documentation";
import { driftChecks } from "./rules/drift";
import { fairnessChecks } from "./rules/fairness";
import { metricChecks } from "./rules/metrics";
import type { RuleCheck, RuleChecks } from "./rules/verdict";

const CHECKS: RuleChecks<RuleKind> = {
  ...metricChecks,
  ...fairnessChecks,
  ...driftChecks,
  ...documentationChecks,
  ...datasetChecks,
  ...approvalChecks,
};

// TypeScript cannot correlate `rule.kind` with its check through the union; the table's type does.
const checkOf = <K extends RuleKind>(rule: RuleOf<K>) => CHECKS[rule.kind as K] as RuleCheck<K>;

/** What the rule asks, in the officer's words: its own description, or one written from its settings. */
export function describeRule(rule: PolicyRule): string {
  return rule.description?.trim() || checkOf(rule).describe(rule);
}

function evaluateRule(rule: PolicyRule, evidence: Evidence): RuleResult {
  const verdict = checkOf(rule).check(rule, evidence);
  return {
    ruleId: rule.id,
    kind: rule.kind,
    description: describeRule(rule),
    passed: verdict.status === "passed",
    ...verdict,
  };
}

/** A policy passes when every rule passes; missing evidence fails a rule like a failed check does. */
export function evaluatePolicy(policy: PolicyForEvaluation, evidence: Evidence): PolicyResult {
  const results = policy.rules.map((rule) => evaluateRule(rule, evidence));
  const approvals = policy.rules.find((rule) => rule.kind === "approvals_required");
  return {
    passed: results.every((r) => r.passed),
    results,
    requiredApprovals: approvals ? approvals.byRiskTier[evidence.version.riskTier] : null,
  };
}
