/**
 * Which fairness and drift thresholds a version breaches now, one finding per (policy rule, feature or
 * attribute), so each can be its own alert. The policy engine judges: a rule that covers every feature
 * is pinned to one feature at a time and evaluated as it would be on a promotion request, so an alert
 * and a blocked request can never disagree. Missing evidence raises nothing: an alert says a measured
 * value crossed a line. Pure: the caller gathers the evidence and the policies.
 */
import type { AlertKind, AlertSeverity, PolicyMode } from "@/generated/prisma/enums";
import { evaluatePolicy } from "@/lib/policy/evaluate";
import type { Evidence } from "@/lib/policy/evidence";
import type { PolicyRule, RuleResult } from "@/lib/policy/rules";

export type BreachPolicy = { key: string; name: string; mode: PolicyMode; rules: PolicyRule[] };

export type Breach = {
  kind: Extract<AlertKind, "DRIFT" | "FAIRNESS">;
  /** an enforced threshold blocks promotions, so crossing it in production is critical; a shadow one warns */
  severity: Extract<AlertSeverity, "CRITICAL" | "WARNING">;
  /** `<policy key>/<rule id>` */
  rule: string;
  feature: string;
  policy: { key: string; name: string; mode: PolicyMode };
  result: RuleResult;
};

/** The rule pinned to each feature (drift) or attribute (fairness) the evidence has for it. */
function pinned(rule: PolicyRule, evidence: Evidence): { feature: string; rule: PolicyRule }[] {
  if (rule.kind === "drift_max") {
    const features = rule.feature
      ? [rule.feature]
      : [...new Set(evidence.drift.filter((d) => d.metric === rule.metric).map((d) => d.feature))];
    return features.map((feature) => ({ feature, rule: { ...rule, feature } }));
  }
  if (rule.kind === "fairness_max" || rule.kind === "fairness_min") {
    const attributes = rule.attribute
      ? [rule.attribute]
      : [...new Set(evidence.fairness.map((f) => f.attribute))];
    return attributes.map((attribute) => ({ feature: attribute, rule: { ...rule, attribute } }));
  }
  return [];
}

export function findBreaches(policies: readonly BreachPolicy[], evidence: Evidence): Breach[] {
  return policies.flatMap((policy) =>
    policy.rules.flatMap((rule) =>
      pinned(rule, evidence).flatMap(({ feature, rule: one }) => {
        const [result] = evaluatePolicy({ mode: policy.mode, rules: [one] }, evidence).results;
        if (!result || result.status !== "failed") return [];
        return [
          {
            kind: rule.kind === "drift_max" ? ("DRIFT" as const) : ("FAIRNESS" as const),
            severity: policy.mode === "ENFORCE" ? ("CRITICAL" as const) : ("WARNING" as const),
            rule: `${policy.key}/${rule.id}`,
            feature,
            policy: { key: policy.key, name: policy.name, mode: policy.mode },
            result,
          },
        ];
      }),
    ),
  );
}
