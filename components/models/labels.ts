import {
  AdapterType,
  DatasetRole,
  LineageRelation,
  ModelKind,
  RiskTier,
  Stage,
} from "@/generated/prisma/enums";

/** Words people read for the registry's enums, in the order selects list them. */
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

export const RELATION_LABELS: Record<LineageRelation, string> = {
  FINETUNED_FROM: "Fine-tuned from",
  ADAPTER_OF: "Adapter of",
  MERGED_FROM: "Merged from",
  QUANTIZED_FROM: "Quantized from",
  DISTILLED_FROM: "Distilled from",
};

export const DATASET_ROLE_LABELS: Record<DatasetRole, string> = {
  TRAIN: "Training",
  VALIDATION: "Validation",
  EVAL: "Evaluation",
};

export const ADAPTER_TYPE_LABELS: Record<AdapterType, string> = {
  LORA: "LoRA",
  QLORA: "QLoRA",
  DORA: "DoRA",
  IA3: "IA3",
  PREFIX_TUNING: "Prefix tuning",
  PROMPT_TUNING: "Prompt tuning",
  OTHER: "Other",
};

export const MODEL_KINDS = Object.values(ModelKind);
export const RISK_TIERS = Object.values(RiskTier);
export const STAGES = Object.values(Stage);
