/**
 * The lines the metric charts draw, read from the rules of the policies in force: fairness bounds
 * (fairness_max / fairness_min) and drift bands (drift_max). A SHADOW policy only reports, so its
 * drift threshold is a warning; an ENFORCE policy blocks promotion, so its threshold is an alert.
 * Pure: the caller gathers the policies.
 */
import type { PolicyMode, Stage } from "@/generated/prisma/enums";
import type { FairnessMetric, PolicyRule } from "./rules";

/** The usual reading of the population stability index: above 0.1 watch, above 0.2 act. */
export const PSI_CONVENTION = { warn: 0.1, alert: 0.2 } as const;

export type ThresholdPolicy = {
  id: string;
  name: string;
  mode: PolicyMode;
  targetStage: Stage;
  rules: PolicyRule[];
};

type Source = { policyId: string; policyName: string; mode: PolicyMode; targetStage: Stage; ruleId: string };

export type FairnessThreshold = Source & {
  bound: "max" | "min";
  metric: FairnessMetric;
  threshold: number;
  /** null: the rule judges every attribute */
  attribute: string | null;
};

export type DriftThreshold = {
  level: "warn" | "alert";
  value: number;
  /** null for the PSI convention, which no policy set */
  source: Source | null;
};

export type DriftBands = { warn: number | null; alert: number | null; thresholds: DriftThreshold[] };

const sourceOf = (policy: ThresholdPolicy, ruleId: string): Source => ({
  policyId: policy.id,
  policyName: policy.name,
  mode: policy.mode,
  targetStage: policy.targetStage,
  ruleId,
});

export function fairnessThresholds(policies: readonly ThresholdPolicy[]): FairnessThreshold[] {
  return policies.flatMap((policy) =>
    policy.rules.flatMap((rule) =>
      rule.kind === "fairness_max" || rule.kind === "fairness_min"
        ? [
            {
              ...sourceOf(policy, rule.id),
              bound: rule.kind === "fairness_max" ? ("max" as const) : ("min" as const),
              metric: rule.metric,
              threshold: rule.threshold,
              attribute: rule.attribute ?? null,
            },
          ]
        : [],
    ),
  );
}

/**
 * The bands of one drift series: every drift_max rule on its metric (for all features or this one),
 * and the lowest warning and alert among them, the first line a value crosses. With no rule on PSI,
 * the PSI convention stands in.
 */
export function driftBands(
  policies: readonly ThresholdPolicy[],
  feature: string,
  metric: string,
): DriftBands {
  const thresholds: DriftThreshold[] = policies.flatMap((policy) =>
    policy.rules.flatMap((rule) =>
      rule.kind === "drift_max" && rule.metric === metric && (rule.feature ?? feature) === feature
        ? [
            {
              level: policy.mode === "ENFORCE" ? ("alert" as const) : ("warn" as const),
              value: rule.threshold,
              source: sourceOf(policy, rule.id),
            },
          ]
        : [],
    ),
  );
  if (thresholds.length === 0 && metric === "PSI") {
    thresholds.push(
      { level: "warn", value: PSI_CONVENTION.warn, source: null },
      { level: "alert", value: PSI_CONVENTION.alert, source: null },
    );
  }
  const lowest = (level: DriftThreshold["level"]) => {
    const values = thresholds.filter((t) => t.level === level).map((t) => t.value);
    return values.length ? Math.min(...values) : null;
  };
  return { warn: lowest("warn"), alert: lowest("alert"), thresholds };
}
