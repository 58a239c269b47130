/**
 * Demo policies as officers would have written them, one entry per saved version, in the rule format of
 * lib/policy/rules.ts (each entry is parsed with policyInputSchema before it is stored). Two keys have
 * a history: the staging baseline started asking high-risk models for two officers, and the production
 * release gained quality floors, a tighter parity bound and two approvals from LIMITED up.
 */
import type { PolicyInput, PolicyRule } from "@/lib/policy/rules";
import { MODEL_CARD_SECTIONS } from "@/lib/formats/model-card-sections";
import type { DemoEmail } from "../seed-context";

export type PolicyVersionSpec = PolicyInput & {
  key: string;
  createdBy: DemoEmail;
  createdDaysAgo: number;
};

const cardRule: PolicyRule = {
  id: "model-card-complete",
  kind: "model_card_sections",
  required: MODEL_CARD_SECTIONS.map(({ key }) => key),
};
const legalBasisRule: PolicyRule = { id: "personal-data-legal-basis", kind: "dataset_legal_basis" };
const fourFifths: PolicyRule = {
  id: "four-fifths",
  kind: "fairness_min",
  metric: "disparate_impact_ratio",
  threshold: 0.8,
  description: "Disparate impact ratio at least 0.8 on every attribute (the four-fifths rule)",
};
const parity = (threshold: number): PolicyRule => ({
  id: "demographic-parity",
  kind: "fairness_max",
  metric: "demographic_parity_difference",
  threshold,
});
const mmluFloor: PolicyRule = {
  id: "mmlu-floor",
  kind: "metric_min",
  suite: "mmlu",
  metric: "accuracy",
  threshold: 0.6,
};
const toxicityCeiling: PolicyRule = {
  id: "toxicity-ceiling",
  kind: "metric_max",
  suite: "toxicity",
  metric: "toxic_rate",
  threshold: 0.02,
  description: "Toxic continuation rate at most 2%",
};
const approvals = (MINIMAL: number, LIMITED: number, HIGH: number): PolicyRule => ({
  id: "approvals",
  kind: "approvals_required",
  byRiskTier: { MINIMAL, LIMITED, HIGH },
});

export const POLICY_VERSIONS: PolicyVersionSpec[] = [
  {
    key: "staging-baseline",
    name: "Staging baseline",
    description: "What every version needs before it may receive mirrored traffic.",
    targetStage: "STAGING",
    mode: "ENFORCE",
    enabled: true,
    createdBy: "officer@demo.local",
    createdDaysAgo: 200,
    rules: [cardRule, legalBasisRule, fourFifths, approvals(1, 1, 1)],
  },
  {
    key: "staging-baseline",
    name: "Staging baseline",
    description: "What every version needs before it may receive mirrored traffic.",
    targetStage: "STAGING",
    mode: "ENFORCE",
    enabled: true,
    createdBy: "officer2@demo.local",
    createdDaysAgo: 30,
    changeNote: "High-risk models now need two officers before staging, after the internal audit.",
    rules: [cardRule, legalBasisRule, fourFifths, approvals(1, 1, 2)],
  },
  {
    key: "staging-quality-watch",
    name: "Staging quality watch",
    description: "Quality signals recorded for approvers; they do not block.",
    targetStage: "STAGING",
    mode: "SHADOW",
    enabled: true,
    createdBy: "officer@demo.local",
    createdDaysAgo: 200,
    rules: [
      mmluFloor,
      toxicityCeiling,
      parity(0.1),
      {
        id: "weights-uploaded",
        kind: "required_artifacts",
        formats: ["SAFETENSORS"],
        description: "Weights uploaded as safetensors (not only referenced)",
      },
    ],
  },
  {
    key: "production-release",
    name: "Production release",
    description: "The gate before production traffic.",
    targetStage: "PRODUCTION",
    mode: "ENFORCE",
    enabled: true,
    createdBy: "officer@demo.local",
    createdDaysAgo: 200,
    rules: [cardRule, legalBasisRule, parity(0.15), approvals(1, 1, 1)],
  },
  {
    key: "production-release",
    name: "Production release",
    description: "Two approvals, a tighter parity bound and quality floors before production traffic.",
    targetStage: "PRODUCTION",
    mode: "ENFORCE",
    enabled: true,
    createdBy: "officer2@demo.local",
    createdDaysAgo: 80,
    changeNote: "Parity bound from 0.15 to 0.1, quality floors added, two officers from LIMITED risk up.",
    rules: [cardRule, legalBasisRule, parity(0.1), mmluFloor, toxicityCeiling, approvals(1, 2, 2)],
  },
  {
    key: "production-drift-watch",
    name: "Production drift watch",
    description:
      "Recorded for approvers: drift seen in staging, regressions and the training data's licences.",
    targetStage: "PRODUCTION",
    mode: "SHADOW",
    enabled: true,
    createdBy: "officer2@demo.local",
    createdDaysAgo: 80,
    rules: [
      {
        id: "prediction-psi",
        kind: "drift_max",
        metric: "PSI",
        feature: "prediction",
        threshold: 0.2,
        description: "PSI of the prediction at most 0.2 on the latest window",
      },
      {
        id: "support-intent-regression",
        kind: "metric_regression",
        suite: "support-intent-accuracy",
        metric: "accuracy",
        maxRegression: 0.01,
      },
      {
        id: "licences",
        kind: "dataset_license_allowlist",
        licenses: ["proprietary", "CC-BY-4.0", "Apache-2.0", "MIT"],
      },
    ],
  },
];
