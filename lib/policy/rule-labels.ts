/**
 * Words for policy rules and their fields, shared by the policy form, the error summary and the diff.
 * Pure: no I/O.
 */
import type { PolicyMode } from "@/generated/prisma/enums";
import type { RuleKind } from "./rules";

export const RULE_KIND_LABELS: Record<RuleKind, string> = {
  metric_min: "Metric at least",
  metric_max: "Metric at most",
  metric_regression: "No regression from the parent",
  fairness_max: "Fairness metric at most",
  fairness_min: "Fairness metric at least",
  drift_max: "Drift at most",
  required_artifacts: "Required artifacts",
  model_card_sections: "Model card sections",
  dataset_legal_basis: "Legal basis for personal data",
  dataset_license_allowlist: "Dataset licence allow-list",
  approvals_required: "Approvals by risk tier",
};

export const RULE_KIND_HINTS: Record<RuleKind, string> = {
  metric_min: "The latest overall value of an evaluation metric is at least a threshold.",
  metric_max: "The latest overall value of an evaluation metric is at most a threshold.",
  metric_regression: "The version is no worse than its parent on a metric, within a tolerance.",
  fairness_max: "The worst fairness report (over attributes, or one attribute) is at most a threshold.",
  fairness_min: "The worst fairness report (over attributes, or one attribute) is at least a threshold.",
  drift_max: "The latest drift window of each feature (or one feature) is at most a threshold.",
  required_artifacts: "The version has at least one artifact of each chosen format.",
  model_card_sections: "The model card has content under each chosen section.",
  dataset_legal_basis: "Every dataset version with personal data behind the version records a legal basis.",
  dataset_license_allowlist: "Every dataset behind the version has a licence from the list.",
  approvals_required: "How many distinct officers must approve, by the model's risk tier.",
};

/** Field names of rules as people read them (keys are the rule schemas' own). */
export const RULE_FIELD_LABELS: Record<string, string> = {
  id: "Rule id",
  kind: "Kind",
  description: "Description",
  suite: "Suite",
  metric: "Metric",
  threshold: "Threshold",
  maxRegression: "Largest regression",
  attribute: "Attribute",
  feature: "Feature",
  formats: "Artifact formats",
  required: "Card sections",
  licenses: "Licences",
  byRiskTier: "Approvals by risk tier",
  "byRiskTier.MINIMAL": "Approvals (minimal risk)",
  "byRiskTier.LIMITED": "Approvals (limited risk)",
  "byRiskTier.HIGH": "Approvals (high risk)",
};

export const POLICY_FIELD_LABELS = {
  name: "Name",
  description: "Description",
  targetStage: "Target stage",
  mode: "Mode",
  enabled: "Enabled",
  rules: "Rules",
  changeNote: "Change note",
} as const;

export const MODE_LABELS: Record<PolicyMode, string> = { SHADOW: "Shadow", ENFORCE: "Enforce" };
export const MODE_HINTS: Record<PolicyMode, string> = {
  SHADOW: "Evaluated and recorded on every request, never blocks: see what it would catch first.",
  ENFORCE: "A failure blocks the promotion request.",
};

export const DRIFT_METRIC_LABELS = {
  PSI: "Population stability index (PSI)",
  KS: "Kolmogorov-Smirnov (KS)",
  JS: "Jensen-Shannon (JS)",
  WASSERSTEIN: "Wasserstein",
} as const;
