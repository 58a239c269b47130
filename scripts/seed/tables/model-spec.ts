/** The shape of the demo model tables (tables/*-models.ts). Versions are referred to as `slug@version`. */
import type {
  AdapterType,
  DatasetRole,
  LineageRelation,
  ModelKind,
  RiskTier,
  Stage,
} from "@/generated/prisma/client";
import type { ModelCardSectionKey } from "@/lib/formats/model-card-sections";
import type { DemoEmail } from "../seed-context";

export type AdapterSpec = {
  type: AdapterType;
  rank?: number;
  alpha?: number;
  dropout?: number;
  targetModules?: string[];
  targetModulesRegex?: string;
};

export type VersionSpec = {
  createdDaysAgo: number;
  finalStage: Stage;
  parents?: { key: string; relation: LineageRelation }[];
  datasets?: { key: string; role: DatasetRole }[];
  hyperparameters?: Record<string, unknown>;
  compute?: { gpuType: string; gpuCount: number; gpuHours: number };
  parameterCount?: bigint;
  contextLength?: number;
  adapter?: AdapterSpec;
  tags?: string[];
  notes?: string;
  /** model card text per section (keys of lib/formats/model-card-sections.ts); a missing key is a section the card lacks */
  card?: Partial<Record<ModelCardSectionKey, string>>;
};

export type ModelSpec = {
  slug: string;
  name: string;
  kind: ModelKind;
  hfId?: string;
  baseFamily: string;
  description: string;
  license: string;
  task: string;
  riskTier: RiskTier;
  intendedUse?: string;
  team: string;
  createdBy: DemoEmail;
  versions: VersionSpec[];
};

/** Supervised fine-tuning settings as a TRL/PEFT run records them; `overrides` change what differs. */
export function sftHyperparameters(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    learning_rate: 2e-4,
    num_train_epochs: 3,
    per_device_train_batch_size: 8,
    gradient_accumulation_steps: 4,
    lr_scheduler_type: "cosine",
    warmup_ratio: 0.03,
    weight_decay: 0,
    max_seq_length: 4096,
    optimizer: "adamw_torch_fused",
    bf16: true,
    seed: 42,
    lora: {
      r: 16,
      alpha: 32,
      dropout: 0.05,
      target_modules: ["q_proj", "k_proj", "v_proj", "o_proj"],
      merged_into_base: true,
    },
    ...overrides,
  };
}
