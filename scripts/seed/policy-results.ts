/**
 * Judges a seeded version against a demo policy, from the evidence the seed recorded, so the results
 * frozen on each promotion request agree with the evaluations, fairness reports and drift beside it.
 */
import type { FairnessSummary } from "@/lib/metrics/fairness";
import type { FairnessMetric, PolicyRule, PolicySpec } from "./tables/policies";
import { DAY_MS, evidenceOf, type SeedContext } from "./seed-context";

export type RuleResult = {
  ruleId: string;
  description: string;
  passed: boolean;
  actual: number | string[] | null;
  expected: string;
  message: string;
};

export function evaluatePolicy(ctx: SeedContext, versionKey: string, policy: PolicySpec, at: Date) {
  const results = policy.rules.map((rule) => evaluateRule(ctx, versionKey, rule, at));
  return { passed: results.every((r) => r.passed), results };
}

function evaluateRule(ctx: SeedContext, key: string, rule: PolicyRule, at: Date): RuleResult {
  const evidence = evidenceOf(ctx, key);
  const base = { ruleId: rule.id, description: rule.description };
  switch (rule.kind) {
    case "metric_min":
    case "metric_max": {
      const actual = evidence.metrics.get(`${rule.suite}/${rule.metric}`) ?? null;
      const expected = `${rule.kind === "metric_min" ? ">=" : "<="} ${rule.threshold}`;
      if (actual === null)
        return {
          ...base,
          passed: false,
          actual,
          expected,
          message: `No ${rule.suite} run reports ${rule.metric}`,
        };
      return compare(
        base,
        actual,
        rule.threshold,
        rule.kind === "metric_min",
        `${rule.suite} ${rule.metric}`,
      );
    }
    case "fairness_min":
    case "fairness_max": {
      const actual = worstFairness(evidence.fairness, rule.metric, rule.kind === "fairness_min");
      const expected = `${rule.kind === "fairness_min" ? ">=" : "<="} ${rule.threshold}`;
      if (actual === null)
        return {
          ...base,
          passed: false,
          actual,
          expected,
          message: `No fairness report gives ${rule.metric}`,
        };
      return compare(
        base,
        actual,
        rule.threshold,
        rule.kind === "fairness_min",
        rule.metric.replaceAll("_", " "),
      );
    }
    case "drift_max": {
      if (rule.feature !== "prediction" || rule.metric !== "PSI")
        throw new Error("the demo seed only tracks the PSI of the prediction");
      const since = at.getTime() - rule.windowDays * DAY_MS;
      const values = [...evidence.predictionPsi]
        .filter(([start]) => start >= since && start < at.getTime())
        .map(([, psi]) => psi);
      const expected = `<= ${rule.threshold}`;
      if (values.length === 0) {
        return {
          ...base,
          passed: false,
          actual: null,
          expected,
          message: `No ${rule.metric} of ${rule.feature} in the last ${rule.windowDays} days`,
        };
      }
      return compare(
        base,
        Math.max(...values),
        rule.threshold,
        false,
        `highest daily ${rule.metric} of ${rule.feature}`,
      );
    }
    case "model_card_sections": {
      const present = ctx.versions.get(key)!.cardSections;
      const missing = rule.required.filter((section) => !present.includes(section));
      return {
        ...base,
        passed: missing.length === 0,
        actual: present,
        expected: rule.required.join(", "),
        message:
          missing.length === 0
            ? "Every required section is present"
            : `Missing sections: ${missing.join(", ")}`,
      };
    }
    case "dataset_legal_basis": {
      const lacking = datasetsBehind(ctx, key).filter((dk) => {
        const dataset = ctx.datasetVersions.get(dk)!;
        return dataset.containsPersonalData && dataset.legalBasis === null;
      });
      return {
        ...base,
        passed: lacking.length === 0,
        actual: lacking,
        expected: "no personal-data dataset version without a legal basis",
        message:
          lacking.length === 0
            ? "Every personal-data dataset version has a legal basis"
            : `No legal basis: ${lacking.join(", ")}`,
      };
    }
  }
}

function compare(
  base: { ruleId: string; description: string },
  actual: number,
  threshold: number,
  atLeast: boolean,
  what: string,
): RuleResult {
  const passed = atLeast ? actual >= threshold : actual <= threshold;
  const shown = Number(actual.toFixed(4));
  return {
    ...base,
    passed,
    actual: shown,
    expected: `${atLeast ? ">=" : "<="} ${threshold}`,
    message: `${what} is ${shown}${passed ? "" : `, ${atLeast ? "below" : "above"} ${threshold}`}`,
  };
}

/** The worst figure over the version's reports: the lowest ratio, or the highest difference. */
function worstFairness(reports: FairnessSummary[], metric: FairnessMetric, lowestIsWorst: boolean) {
  const field = (
    {
      demographic_parity_difference: "demographicParityDifference",
      disparate_impact_ratio: "disparateImpactRatio",
      equalized_odds_difference: "equalizedOddsDifference",
    } as const
  )[metric];
  const values = reports.map((r) => r[field]).filter((v): v is number => v !== null);
  if (values.length === 0) return null;
  return lowestIsWorst ? Math.min(...values) : Math.max(...values);
}

/** The dataset versions of a version and of all its ancestors. */
function datasetsBehind(ctx: SeedContext, key: string, seen = new Set<string>()): string[] {
  if (seen.has(key)) return [];
  seen.add(key);
  const version = ctx.versions.get(key)!;
  return [
    ...new Set([
      ...version.datasetVersions,
      ...version.parents.flatMap((parent) => datasetsBehind(ctx, parent, seen)),
    ]),
  ];
}
