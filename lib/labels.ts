/**
 * The words people read for the registry's enums, one map per enum, shared by pages, forms, charts and
 * the policy engine's messages. Maps list their keys in the order selects show them. Pure: no I/O.
 */
import {
  type AdapterType,
  ArtifactFormat,
  type DatasetRole,
  type ErasureDisposition,
  type ErasureStatus,
  type LegalBasis,
  type LineageRelation,
  ModelKind,
  RiskTier,
  Stage,
  type VersionStatus,
} from "@/generated/prisma/enums";
import type { WebhookEvent } from "@/lib/webhooks/events";

export const MODEL_KINDS = Object.values(ModelKind);
export const RISK_TIERS = Object.values(RiskTier);
export const STAGES = Object.values(Stage);
export const ARTIFACT_FORMATS = Object.values(ArtifactFormat);

export const KIND_LABELS: Record<ModelKind, string> = {
  BASE: "Base model",
  ADAPTER: "Adapter",
  FINE_TUNED: "Fine-tuned",
  MERGED: "Merged",
  QUANTIZED: "Quantized",
};

export const KIND_HINTS: Record<ModelKind, string> = {
  BASE: "A foundation model trained or mirrored as is (e.g. from Hugging Face).",
  ADAPTER: "LoRA, QLoRA, DoRA, IA3 or prompt tuning weights applied to one base version.",
  FINE_TUNED: "Full weights trained further from one or more parents.",
  MERGED: "Weights merged from two or more parent versions.",
  QUANTIZED: "A lower-precision copy of one parent version (GGUF, GPTQ, AWQ...).",
};

export const RISK_LABELS: Record<RiskTier, string> = { MINIMAL: "Minimal", LIMITED: "Limited", HIGH: "High" };

export const STAGE_LABELS: Record<Stage, string> = {
  DEVELOPMENT: "Development",
  STAGING: "Staging",
  PRODUCTION: "Production",
  ARCHIVED: "Archived",
};

/** How a relation reads on an edge drawn from parent to child ("child fine-tuned from parent"). */
export const RELATION_LABELS: Record<LineageRelation, string> = {
  FINETUNED_FROM: "fine-tuned from",
  ADAPTER_OF: "adapter of",
  MERGED_FROM: "merged from",
  QUANTIZED_FROM: "quantized from",
  DISTILLED_FROM: "distilled from",
};

/** A relation as a choice in a form ("Fine-tuned from"). */
export const RELATION_CHOICE_LABELS = Object.fromEntries(
  Object.entries(RELATION_LABELS).map(([relation, label]) => [relation, capitalise(label)]),
) as Record<LineageRelation, string>;

export const DATASET_ROLE_LABELS: Record<DatasetRole, string> = {
  TRAIN: "Training",
  VALIDATION: "Validation",
  EVAL: "Evaluation",
};

export const ERASURE_STATUS_LABELS: Record<ErasureStatus, string> = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  COMPLETED: "Completed",
  REJECTED: "Rejected",
};

/** What happens to a model version an erasure request reaches. */
export const ERASURE_DISPOSITION_LABELS: Record<ErasureDisposition, string> = {
  RETRAIN: "Retrain without the data",
  RETIRE: "Retire (archive)",
  NO_ACTION: "No action",
};

/** GDPR Article 6(1) bases, as people say them. */
export const LEGAL_BASIS_LABELS: Record<LegalBasis, string> = {
  CONSENT: "Consent",
  CONTRACT: "Contract",
  LEGAL_OBLIGATION: "Legal obligation",
  VITAL_INTERESTS: "Vital interests",
  PUBLIC_TASK: "Public task",
  LEGITIMATE_INTERESTS: "Legitimate interests",
};

export const ADAPTER_TYPE_LABELS: Record<AdapterType, string> = {
  LORA: "LoRA",
  QLORA: "QLoRA",
  DORA: "DoRA",
  IA3: "IA³",
  PREFIX_TUNING: "Prefix tuning",
  PROMPT_TUNING: "Prompt tuning",
  OTHER: "Other",
};

export const VERSION_STATUS_LABELS: Record<VersionStatus, string> = {
  ACTIVE: "Active",
  DEPRECATED: "Deprecated",
  REVOKED: "Revoked",
};

export const ARTIFACT_FORMAT_LABELS: Record<ArtifactFormat, string> = {
  SAFETENSORS: "safetensors",
  GGUF: "GGUF",
  BIN: "PyTorch .bin",
  ADAPTER_CONFIG: "Adapter config",
  MODEL_CARD: "Model card",
  OTHER: "Other",
};

export const FAIRNESS_METRIC_LABELS = {
  demographic_parity_difference: "Demographic parity difference",
  disparate_impact_ratio: "Disparate impact ratio",
  equalized_odds_difference: "Equalized odds difference",
} as const;

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A label as it reads inside a sentence ("At least one model card artifact"): a first word written
 * like an ordinary word loses its capital; names such as GGUF or PyTorch keep theirs.
 */
export function inSentence(label: string): string {
  return /^[A-Z][a-z]*(?:\s|$)/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** What each webhook event means, beside its name on the webhook form. */
export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, string> = {
  "promotion.requested": "A promotion is requested",
  "promotion.blocked": "A promotion request is blocked by an enforced policy",
  "promotion.withdrawn": "A promotion request is withdrawn",
  "promotion.decided": "A promotion request is approved or rejected",
  "version.stage_changed": "A version changes stage (a promotion or an admin's override)",
  "alert.raised": "An alert is raised",
  "alert.resolved": "An alert is resolved",
  "erasure.opened": "An erasure request is opened",
  "webhook.test": "A test event sent from the webhook's page",
};
