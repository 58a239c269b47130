/**
 * Group fairness: the worst latest report over the protected attributes (or the one the rule names).
 * "Worst" is the metric's own: the lowest disparate impact ratio (1 is parity), the highest difference
 * (0 is parity), whichever bound the rule sets.
 */
import { FAIRNESS_METRIC_LABELS, inSentence } from "@/lib/labels";
import type { Evidence, EvidenceFairness } from "@/lib/policy/evidence";
import type { FairnessMetric, RuleOf } from "@/lib/policy/rules";
import {
  atLeast,
  atMost,
  formatBeside,
  failed,
  formatNumber as n,
  listOf,
  missingEvidence,
  passed,
  type RuleChecks,
  type Verdict,
} from "./verdict";

type FairnessRule = RuleOf<"fairness_min" | "fairness_max">;

const FIELDS = {
  demographic_parity_difference: "demographicParityDifference",
  disparate_impact_ratio: "disparateImpactRatio",
  equalized_odds_difference: "equalizedOddsDifference",
} as const satisfies Record<FairnessMetric, keyof EvidenceFairness>;

const isWorse = (metric: FairnessMetric, value: number, than: number) =>
  metric === "disparate_impact_ratio" ? value < than : value > than;

function check(rule: FairnessRule, evidence: Evidence): Verdict {
  const isMin = rule.kind === "fairness_min";
  const label = inSentence(FAIRNESS_METRIC_LABELS[rule.metric]);
  const required = `${isMin ? "at least" : "at most"} ${n(rule.threshold)}`;
  const reports = evidence.fairness.filter((r) => !rule.attribute || r.attribute === rule.attribute);
  if (!reports.length)
    return missingEvidence(
      required,
      rule.attribute ? `No fairness report covers ${rule.attribute}` : "The version has no fairness report",
    );

  const values = reports.map((r) => ({ attribute: r.attribute, value: r[FIELDS[rule.metric]] }));
  const usable = values.filter((v): v is { attribute: string; value: number } => v.value !== null);
  const undefinedOn = values.filter((v) => v.value === null).map((v) => v.attribute);
  if (!usable.length)
    return missingEvidence(
      required,
      `No fairness report gives a ${label} (it is undefined on ${listOf(undefinedOn)})`,
    );

  const worst = usable.reduce((w, r) => (isWorse(rule.metric, r.value, w.value) ? r : w));
  const ok = isMin ? atLeast(worst.value, rule.threshold) : atMost(worst.value, rule.threshold);
  const shown = formatBeside(worst.value, rule.threshold);
  const subject =
    usable.length === 1
      ? `The ${label} is ${shown} on ${worst.attribute}`
      : `The worst ${label} over ${usable.length} attributes is ${shown} on ${worst.attribute}`;
  const verdict = ok
    ? `${isMin ? "at least the required" : "within the maximum of"} ${n(rule.threshold)}`
    : `${isMin ? "below the required minimum" : "above the allowed maximum"} of ${n(rule.threshold)}`;
  const note = undefinedOn.length ? ` (undefined on ${listOf(undefinedOn)})` : "";
  const result = {
    measured: `${shown} on ${worst.attribute}`,
    required,
    value: worst.value,
    message: `${subject}, ${verdict}${note}`,
  };
  return ok ? passed(result) : failed(result);
}

const describe = (rule: FairnessRule) =>
  `${FAIRNESS_METRIC_LABELS[rule.metric]}${rule.attribute ? ` on ${rule.attribute}` : ""} ` +
  `${rule.kind === "fairness_min" ? "at least" : "at most"} ${n(rule.threshold)}`;

export const fairnessChecks: RuleChecks<"fairness_min" | "fairness_max"> = {
  fairness_min: { describe, check },
  fairness_max: { describe, check },
};
