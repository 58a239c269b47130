/**
 * Data drift: on the latest window of each feature (or the one the rule names), one drift metric stays
 * under a limit. A window whose metric could not be computed (null) says nothing and is left out.
 */
import type { Evidence } from "@/lib/policy/evidence";
import type { RuleOf } from "@/lib/policy/rules";
import {
  atMost,
  failed,
  formatBeside,
  formatNumber as n,
  listOf,
  missingEvidence,
  passed,
  type RuleChecks,
  type Verdict,
} from "./verdict";

function check(rule: RuleOf<"drift_max">, evidence: Evidence): Verdict {
  const required = `at most ${n(rule.threshold)}`;
  const windows = evidence.drift
    .flatMap(({ feature, metric, value }) =>
      metric === rule.metric && value !== null && (!rule.feature || feature === rule.feature)
        ? [{ feature, value }]
        : [],
    )
    .sort((a, b) => b.value - a.value || a.feature.localeCompare(b.feature));
  const highest = windows[0];
  if (!highest)
    return missingEvidence(
      required,
      rule.feature
        ? `No drift window of ${rule.feature} reports ${rule.metric}`
        : `No drift window reports ${rule.metric}`,
    );

  const result = {
    measured: `${formatBeside(highest.value, rule.threshold)} on ${highest.feature}`,
    required,
    value: highest.value,
  };
  const over = windows.filter((w) => !atMost(w.value, rule.threshold));
  if (over.length)
    return failed({
      ...result,
      message: `${rule.metric} is above ${n(rule.threshold)} on ${listOf(over.map((w) => `${w.feature} (${formatBeside(w.value, rule.threshold)})`))}`,
    });
  const subject =
    windows.length === 1
      ? `${rule.metric} of ${highest.feature} is ${n(highest.value)}`
      : `The highest ${rule.metric} over ${windows.length} features is ${n(highest.value)} on ${highest.feature}`;
  return passed({ ...result, message: `${subject}, within the maximum of ${n(rule.threshold)}` });
}

export const driftChecks: RuleChecks<"drift_max"> = {
  drift_max: {
    describe: (rule) =>
      rule.feature
        ? `${rule.metric} of ${rule.feature} at most ${n(rule.threshold)}`
        : `${rule.metric} at most ${n(rule.threshold)} on every feature`,
    check,
  },
};
