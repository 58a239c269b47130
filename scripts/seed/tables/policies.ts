/**
 * Demo policies, with rules in the declarative form the policy engine reads. Rule kinds:
 * - metric_min / metric_max: the latest overall value of `suite`/`metric` against `threshold`
 * - fairness_max / fairness_min: the worst report's `metric` (demographic_parity_difference,
 *   disparate_impact_ratio, equalized_odds_difference) against `threshold`
 * - drift_max: the highest daily `metric` of `feature` over the last `windowDays` days
 * - model_card_sections: every key of `required` present in the model card's sections
 * - dataset_legal_basis: every dataset version with personal data behind the version (its own and
 *   its ancestors') has a legal basis
 * Missing evidence fails a rule: a gate that passes when nothing was measured is no gate.
 */
import type { PolicyMode, Stage } from "@/generated/prisma/client";
import type { DemoEmail } from "../seed-context";
import { MODEL_CARD_SECTIONS } from "@/lib/formats/model-card-sections";

export type FairnessMetric =
  "demographic_parity_difference" | "disparate_impact_ratio" | "equalized_odds_difference";

export type PolicyRule = { id: string; description: string } & (
  | { kind: "metric_min" | "metric_max"; suite: string; metric: string; threshold: number }
  | { kind: "fairness_max" | "fairness_min"; metric: FairnessMetric; threshold: number }
  | {
      kind: "drift_max";
      metric: "PSI" | "KS" | "JS" | "WASSERSTEIN";
      feature: string;
      threshold: number;
      windowDays: number;
    }
  | { kind: "model_card_sections"; required: string[] }
  | { kind: "dataset_legal_basis" }
);

export type PolicySpec = {
  key: string;
  version: number;
  name: string;
  description: string;
  targetStage: Stage;
  mode: PolicyMode;
  /** false once a newer version of the same key replaced it */
  enabled: boolean;
  requiredApprovals: number;
  onNewProduction: "ARCHIVE" | "KEEP";
  createdBy: DemoEmail;
  createdDaysAgo: number;
  rules: PolicyRule[];
};

const cardRule: PolicyRule = {
  id: "model-card-complete",
  kind: "model_card_sections",
  required: MODEL_CARD_SECTIONS.map(({ key }) => key),
  description: "The model card has every required section",
};
const legalBasisRule: PolicyRule = {
  id: "personal-data-legal-basis",
  kind: "dataset_legal_basis",
  description: "Every dataset with personal data behind the version has a legal basis",
};
const parity = (threshold: number): PolicyRule => ({
  id: "demographic-parity",
  kind: "fairness_max",
  metric: "demographic_parity_difference",
  threshold,
  description: `Demographic parity difference at most ${threshold}`,
});
const mmluFloor: PolicyRule = {
  id: "mmlu-floor",
  kind: "metric_min",
  suite: "mmlu",
  metric: "accuracy",
  threshold: 0.6,
  description: "MMLU accuracy at least 0.6",
};
const toxicityCeiling: PolicyRule = {
  id: "toxicity-ceiling",
  kind: "metric_max",
  suite: "toxicity",
  metric: "toxic_rate",
  threshold: 0.02,
  description: "Toxic continuation rate at most 2%",
};

export const POLICIES: PolicySpec[] = [
  {
    key: "staging-baseline",
    version: 1,
    name: "Staging baseline",
    description: "What every version needs before it may receive mirrored traffic.",
    targetStage: "STAGING",
    mode: "ENFORCE",
    enabled: true,
    requiredApprovals: 1,
    onNewProduction: "ARCHIVE",
    createdBy: "officer@demo.local",
    createdDaysAgo: 200,
    rules: [
      cardRule,
      legalBasisRule,
      {
        id: "four-fifths",
        kind: "fairness_min",
        metric: "disparate_impact_ratio",
        threshold: 0.8,
        description: "Disparate impact ratio at least 0.8 (four-fifths rule)",
      },
    ],
  },
  {
    key: "staging-quality-watch",
    version: 1,
    name: "Staging quality watch",
    description: "Quality signals recorded for approvers; they do not block.",
    targetStage: "STAGING",
    mode: "SHADOW",
    enabled: true,
    requiredApprovals: 1,
    onNewProduction: "ARCHIVE",
    createdBy: "officer@demo.local",
    createdDaysAgo: 200,
    rules: [mmluFloor, toxicityCeiling, parity(0.1)],
  },
  {
    key: "production-release",
    version: 1,
    name: "Production release",
    description: "First production gate, replaced by version 2.",
    targetStage: "PRODUCTION",
    mode: "ENFORCE",
    enabled: false,
    requiredApprovals: 1,
    onNewProduction: "ARCHIVE",
    createdBy: "officer@demo.local",
    createdDaysAgo: 200,
    rules: [cardRule, legalBasisRule, parity(0.15)],
  },
  {
    key: "production-release",
    version: 2,
    name: "Production release",
    description: "Two approvals, a tighter parity bound and quality floors before production traffic.",
    targetStage: "PRODUCTION",
    mode: "ENFORCE",
    enabled: true,
    requiredApprovals: 2,
    onNewProduction: "ARCHIVE",
    createdBy: "officer2@demo.local",
    createdDaysAgo: 80,
    rules: [cardRule, legalBasisRule, parity(0.1), mmluFloor, toxicityCeiling],
  },
  {
    key: "production-drift-watch",
    version: 1,
    name: "Production drift watch",
    description: "Recorded for approvers: drift seen in staging and the support intent floor.",
    targetStage: "PRODUCTION",
    mode: "SHADOW",
    enabled: true,
    requiredApprovals: 1,
    onNewProduction: "ARCHIVE",
    createdBy: "officer2@demo.local",
    createdDaysAgo: 80,
    rules: [
      {
        id: "prediction-psi",
        kind: "drift_max",
        metric: "PSI",
        feature: "prediction",
        threshold: 0.2,
        windowDays: 7,
        description: "PSI of the prediction at most 0.2 over the last 7 days",
      },
      {
        id: "support-intent-floor",
        kind: "metric_min",
        suite: "support-intent-accuracy",
        metric: "accuracy",
        threshold: 0.85,
        description: "Support intent accuracy at least 0.85",
      },
    ],
  },
];
