import { z } from "zod";
import { adapterConfigSchema } from "@/lib/formats/adapter-config";
import { adapterTypeSchema } from "@/lib/schemas/versions";
import { MODEL_CARD_SECTIONS } from "@/lib/formats/model-card-sections";

export const IMPORT_MAX_BYTES = 1024 * 1024;

/** POST /imports/model-card as JSON; the same endpoint takes the README as text/markdown. */
export const modelCardImportSchema = z.object({
  content: z
    .string("Required: the README.md text")
    .min(1, "Required: the README.md text")
    .max(IMPORT_MAX_BYTES, "At most 1 MiB"),
});

/**
 * POST /imports/adapter-config: the body is the adapter_config.json itself (validated by its parser,
 * lib/formats/adapter-config.ts). The config cannot tell LoRA from QLoRA, so the caller may.
 */
export const adapterConfigImportQuerySchema = z.object({
  quantizedBase: z
    .enum(["true", "false"], "true or false")
    .optional()
    .describe("the base model was loaded in 4 bits (QLoRA)"),
});

export const adapterConfigBodySchema = adapterConfigSchema.describe(
  "adapter_config.json as PEFT writes it; other keys are accepted and ignored",
);

const lineageRelation = z.enum([
  "FINETUNED_FROM",
  "ADAPTER_OF",
  "MERGED_FROM",
  "QUANTIZED_FROM",
  "DISTILLED_FROM",
]);
const sectionKey = z.enum(MODEL_CARD_SECTIONS.map((s) => s.key) as [string, ...string[]]);

export const modelCardPrefillSchema = z.object({
  baseModels: z.array(z.string()),
  relation: lineageRelation.nullable(),
  relationSource: z.enum(["declared", "inferred"]).nullable(),
  datasets: z.array(z.string()),
  license: z.string().nullable(),
  languages: z.array(z.string()),
  tags: z.array(z.string()),
  task: z.string().nullable(),
  libraryName: z.string().nullable(),
  evaluations: z.array(
    z.object({
      suite: z.string(),
      task: z.string().nullable(),
      taskName: z.string().nullable(),
      dataset: z.string().nullable(),
      datasetName: z.string().nullable(),
      datasetConfig: z.string().nullable(),
      datasetSplit: z.string().nullable(),
      metrics: z.array(
        z.object({
          type: z.string().nullable(),
          name: z.string().nullable(),
          value: z.number(),
          higherIsBetter: z.boolean().optional(),
        }),
      ),
    }),
  ),
  markdown: z.string(),
  sections: z.array(
    z.object({
      key: sectionKey,
      label: z.string(),
      status: z.enum(["present", "empty", "missing"]),
      heading: z.string().nullable(),
    }),
  ),
  warnings: z.array(z.string()),
});

export const adapterConfigPrefillSchema = z.object({
  peftType: z.string(),
  adapterType: adapterTypeSchema,
  baseModelNameOrPath: z.string().nullable(),
  rank: z.number().int().nullable(),
  alpha: z.number().nullable(),
  dropout: z.number().nullable(),
  targetModules: z.union([z.array(z.string()), z.string()]),
  taskType: z.string().nullable(),
  useRslora: z.boolean().nullable(),
  modulesToSave: z.array(z.string()).nullable(),
  layersToTransform: z.array(z.number().int()).nullable(),
  layersPattern: z.array(z.string()).nullable(),
  rankPattern: z.record(z.string(), z.number()).nullable(),
  alphaPattern: z.record(z.string(), z.number()).nullable(),
  notes: z.array(z.string()),
});
