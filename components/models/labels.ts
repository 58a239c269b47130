import { type DatasetRole, type LineageRelation, ModelKind, RiskTier, Stage } from "@/generated/prisma/enums";
import { RELATION_LABELS as EDGE_LABELS } from "@/lib/lineage/labels";

export { ADAPTER_TYPE_LABELS, VERSION_STATUS_LABELS } from "@/components/versions/version-labels";
export { STAGE_LABELS } from "@/lib/lineage/labels";

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

/** Relations as a choice in a form ("Fine-tuned from"); lib/lineage/labels.ts words them for graph edges. */
export const RELATION_LABELS = Object.fromEntries(
  Object.entries(EDGE_LABELS).map(([relation, label]) => [
    relation,
    label.charAt(0).toUpperCase() + label.slice(1),
  ]),
) as Record<LineageRelation, string>;

export const DATASET_ROLE_LABELS: Record<DatasetRole, string> = {
  TRAIN: "Training",
  VALIDATION: "Validation",
  EVAL: "Evaluation",
};

export const MODEL_KINDS = Object.values(ModelKind);
export const RISK_TIERS = Object.values(RiskTier);
export const STAGES = Object.values(Stage);
