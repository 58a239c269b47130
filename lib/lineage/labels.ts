import type { LineageRelation, ModelKind, Stage } from "@/generated/prisma/enums";

/** How a relation reads on an edge drawn from parent to child ("child fine-tuned from parent"). */
export const RELATION_LABELS: Record<LineageRelation, string> = {
  FINETUNED_FROM: "fine-tuned from",
  ADAPTER_OF: "adapter of",
  MERGED_FROM: "merged from",
  QUANTIZED_FROM: "quantized from",
  DISTILLED_FROM: "distilled from",
};

export const KIND_LABELS: Record<ModelKind, string> = {
  BASE: "Base",
  ADAPTER: "Adapter",
  FINE_TUNED: "Fine-tuned",
  MERGED: "Merged",
  QUANTIZED: "Quantized",
};

export const STAGE_LABELS: Record<Stage, string> = {
  DEVELOPMENT: "Development",
  STAGING: "Staging",
  PRODUCTION: "Production",
  ARCHIVED: "Archived",
};
