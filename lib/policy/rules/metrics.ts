/**
 * Evaluation metrics: a floor, a ceiling, and how much worse than its parent a version may be. Each reads
 * the latest overall (unsliced) value of one suite's metric, as gathered in `Evidence.metrics`.
 */
import type { Evidence, EvidenceMetric } from "@/lib/policy/evidence";
import type { RuleOf } from "@/lib/policy/rules";
import {
  atLeast,
  atMost,
  difference,
  formatBeside,
  failed,
  formatNumber as n,
  missingEvidence,
  passed,
  type RuleChecks,
  type Verdict,
} from "./verdict";

type MetricRef = { suite: string; metric: string };

const find = (metrics: EvidenceMetric[], { suite, metric }: MetricRef) =>
  metrics.find((m) => m.suite === suite && m.metric === metric);

const noRun = ({ suite, metric }: MetricRef) => `No ${suite} run reports ${metric}`;

function bound(rule: RuleOf<"metric_min" | "metric_max">, evidence: Evidence): Verdict {
  const isMin = rule.kind === "metric_min";
  const required = `${isMin ? "at least" : "at most"} ${n(rule.threshold)}`;
  const found = find(evidence.metrics, rule);
  if (!found) return missingEvidence(required, `${noRun(rule)}, so it cannot be shown to be ${required}`);
  const ok = isMin ? atLeast(found.value, rule.threshold) : atMost(found.value, rule.threshold);
  const shown = formatBeside(found.value, rule.threshold);
  const subject = `The ${rule.suite} ${rule.metric} is ${shown}`;
  const verdict = { measured: shown, required, value: found.value };
  if (ok)
    return passed({
      ...verdict,
      message: `${subject}, ${isMin ? "at least the required" : "within the maximum of"} ${n(rule.threshold)}`,
    });
  return failed({
    ...verdict,
    message: `${subject}, ${isMin ? "below the required minimum" : "above the allowed maximum"} of ${n(rule.threshold)}`,
  });
}

function regression(rule: RuleOf<"metric_regression">, evidence: Evidence): Verdict {
  const strict = rule.maxRegression === 0;
  const required = strict
    ? "no worse than the parent"
    : `at most ${n(rule.maxRegression)} worse than the parent`;
  const what = `${rule.suite} ${rule.metric}`;
  const { parent } = evidence;
  if (!parent)
    return passed({
      measured: null,
      required,
      value: null,
      message: `The version has no parent, so there is nothing to compare its ${what} with`,
    });

  const mine = find(evidence.metrics, rule);
  const theirs = find(parent.metrics, rule);
  if (!mine && !theirs)
    return missingEvidence(required, `Neither this version nor its parent (${parent.label}) reports ${what}`);
  if (!mine)
    return missingEvidence(
      required,
      `${noRun(rule)} on this version, so it cannot be compared with its parent (${parent.label})`,
    );
  if (!theirs)
    return missingEvidence(
      required,
      `${noRun(rule)} on the parent (${parent.label}), so there is nothing to compare with`,
    );

  // An improvement is a negative regression; "worse" follows the metric's own direction.
  const worseBy = mine.higherIsBetter
    ? difference(theirs.value, mine.value)
    : difference(mine.value, theirs.value);
  const gap =
    worseBy > 0
      ? `${formatBeside(worseBy, rule.maxRegression)} worse than`
      : worseBy < 0
        ? `${n(-worseBy)} better than`
        : "the same as";
  const direction = mine.higherIsBetter ? "" : "; lower is better";
  const verdict = { measured: `${gap} the parent`, required, value: worseBy };
  const message = `The ${what} is ${n(mine.value)}, ${gap} the parent's ${n(theirs.value)} (${parent.label}${direction})`;
  if (worseBy <= 0) return passed({ ...verdict, message });
  const limit = strict ? "no regression is allowed" : `at most ${n(rule.maxRegression)} is allowed`;
  const judged = { ...verdict, message: `${message}; ${limit}` };
  return worseBy <= rule.maxRegression ? passed(judged) : failed(judged);
}

export const metricChecks: RuleChecks<"metric_min" | "metric_max" | "metric_regression"> = {
  metric_min: {
    describe: (rule) => `${rule.suite} ${rule.metric} at least ${n(rule.threshold)}`,
    check: bound,
  },
  metric_max: {
    describe: (rule) => `${rule.suite} ${rule.metric} at most ${n(rule.threshold)}`,
    check: bound,
  },
  metric_regression: {
    describe: (rule) =>
      rule.maxRegression === 0
        ? `${rule.suite} ${rule.metric} no worse than the parent's`
        : `${rule.suite} ${rule.metric} at most ${n(rule.maxRegression)} worse than the parent's`,
    check: regression,
  },
};
