import { z } from "zod";
import { AdapterType, DatasetRole, LineageRelation } from "@/generated/prisma/enums";
import { idSchema, oneOf, optionalText, paginationSchema, slugSchema } from "@/lib/schemas/common";
import { modelKindSchema, riskTierSchema, stageSchema } from "@/lib/schemas/models";
import {
  baseFamilySchema,
  clearableText,
  searchSchema,
  tagSchema,
  tagsSchema,
  unknownFieldsError,
  utf8Bytes,
  wholeNumber,
  whenValid,
} from "@/lib/schemas/registry";

export const lineageRelationSchema = z.enum(LineageRelation, oneOf(LineageRelation));
export const datasetRoleSchema = z.enum(DatasetRole, oneOf(DatasetRole));
export const adapterTypeSchema = z.enum(AdapterType, oneOf(AdapterType));

/** PEFT's `target_modules`: a list of module names, or one regular expression matched against names. */
export const targetModulesSchema = z.union(
  [
    z
      .array(
        z
          .string()
          .trim()
          .min(1, "Required")
          .max(200, "At most 200 characters")
          .regex(/^[A-Za-z0-9_.*-]+$/, "A module name such as q_proj"),
      )
      .min(1, "At least one module")
      .max(500, "At most 500 modules"),
    z
      .string()
      .min(1, "Required")
      .max(1000, "At most 1000 characters")
      .refine((source) => {
        try {
          new RegExp(source);
          return true;
        } catch {
          return false;
        }
      }, "Not a valid regular expression"),
  ],
  { error: "A list of module names or one regular expression" },
);

const moduleName = z
  .string()
  .trim()
  .min(1, "Required")
  .max(200, "At most 200 characters")
  .regex(/^[A-Za-z0-9_.*-]+$/, "A module name such as lm_head");

/** Module name (or PEFT's pattern for one) -> a value for that module: rank_pattern, alpha_pattern. */
const perModule = (value: z.ZodType<number>) =>
  z
    .record(
      z.string().trim().min(1, "Module patterns must not be empty").max(500, "At most 500 characters"),
      value,
    )
    .refine((pattern) => Object.keys(pattern).length <= 500, "At most 500 modules");

/**
 * PEFT facts that change what rank and alpha mean or what trains, as adapter_config.json names them:
 * `use_rslora` (scaling alpha/sqrt(r) instead of alpha/r), `task_type`, `modules_to_save` (trained in
 * full), `layers_to_transform` with `layers_pattern`, and `rank_pattern`/`alpha_pattern` overrides.
 */
const peftFactsShape = {
  useRslora: z.boolean({ error: "Must be true or false" }).nullish(),
  taskType: z
    .string({ error: "Must be text" })
    .trim()
    .regex(/^[A-Z][A-Z0-9_]{0,63}$/, "A PEFT task type such as CAUSAL_LM or SEQ_2_SEQ_LM")
    .nullish(),
  modulesToSave: z.array(moduleName).max(500, "At most 500 modules").nullish(),
  layersToTransform: z
    .array(wholeNumber(0, 100_000, "100,000"))
    .max(10_000, "At most 10,000 layers")
    .nullish(),
  layersPattern: z.array(moduleName).max(100, "At most 100 patterns").nullish(),
  rankPattern: perModule(wholeNumber(1, 4096, "4096")).nullish(),
  alphaPattern: perModule(
    z.number({ error: "Must be a number" }).positive("Must be greater than 0").max(1e6, "At most 1,000,000"),
  ).nullish(),
};

// Prompt and prefix tuning train virtual tokens rather than wrapping modules, so PEFT has no target modules for them.
const TYPES_WITH_TARGET_MODULES: ReadonlySet<string> = new Set([
  AdapterType.LORA,
  AdapterType.QLORA,
  AdapterType.DORA,
  AdapterType.IA3,
]);

export const adapterSchema = z
  .strictObject(
    {
      type: adapterTypeSchema,
      // null is "the method has none" (an IA3 or prompt-tuning config), as the import prefill says it
      rank: wholeNumber(1, 4096, "4096").nullish(),
      alpha: z
        .number({ error: "Must be a number" })
        .positive("Must be greater than 0")
        .max(1e6, "At most 1,000,000")
        .nullish(),
      dropout: z.number({ error: "Must be a number" }).min(0, "At least 0").max(1, "At most 1").nullish(),
      targetModules: targetModulesSchema.optional(),
      ...peftFactsShape,
    },
    unknownFieldsError,
  )
  .refine((a) => !TYPES_WITH_TARGET_MODULES.has(a.type) || a.targetModules !== undefined, {
    path: ["targetModules"],
    message: "Required for LORA, QLORA, DORA and IA3 adapters",
    ...whenValid("type", "targetModules"),
  });

export const parentSchema = z.strictObject(
  { versionId: idSchema, relation: lineageRelationSchema },
  unknownFieldsError,
);
export const datasetUsageSchema = z.strictObject(
  { datasetVersionId: idSchema, role: datasetRoleSchema },
  unknownFieldsError,
);

export const computeSchema = z.strictObject(
  {
    gpuType: optionalText(100),
    gpuCount: wholeNumber(1, 100_000).optional(),
    gpuHours: z
      .number({ error: "Must be a number" })
      .min(0, "At least 0")
      .max(1e9, "At most 1,000,000,000")
      .optional(),
  },
  unknownFieldsError,
);

const cardText = z.string().max(200).nullable();
/** A model-index result the form imported from the card: recorded as an evaluation run at registration. */
export const cardEvaluationSchema = z.strictObject({
  suite: z.string().min(1).max(200),
  task: cardText,
  taskName: cardText,
  dataset: cardText,
  datasetName: cardText,
  datasetConfig: cardText,
  datasetSplit: cardText,
  metrics: z
    .array(
      z.strictObject({
        type: cardText,
        name: cardText,
        value: z.number(),
        higherIsBetter: z.boolean().optional(),
      }),
    )
    .max(1000),
});

const HYPERPARAMETERS_MAX_BYTES = 64 * 1024;
export const MODEL_CARD_MAX_BYTES = 200 * 1024;

const dateTime = z.iso.datetime({
  offset: true,
  error: "An ISO 8601 date-time such as 2026-01-31T12:00:00Z",
});

export const registerVersionSchema = z
  .strictObject(
    {
      parents: z
        .array(parentSchema)
        .max(50, "At most 50 parents")
        .superRefine((parents, ctx) =>
          flagDuplicates(
            parents.map((p) => p.versionId),
            ctx,
            "versionId",
            "This parent is listed twice",
          ),
        )
        .optional(),
      datasets: z
        .array(datasetUsageSchema)
        .max(100, "At most 100 dataset versions")
        .superRefine((usages, ctx) =>
          flagDuplicates(
            usages.map((u) => `${u.datasetVersionId}\u0000${u.role}`),
            ctx,
            "datasetVersionId",
            "Listed twice with this role",
          ),
        )
        .optional(),
      adapter: adapterSchema.optional(),
      hyperparameters: z
        .record(z.string(), z.json(), { error: "A JSON object" })
        .refine(
          (value) => utf8Bytes(JSON.stringify(value)) <= HYPERPARAMETERS_MAX_BYTES,
          "At most 64 KB of JSON",
        )
        .optional(),
      codeCommit: z
        .string({ error: "Must be text" })
        .trim()
        .regex(/^[0-9a-fA-F]{7,40}$/, "A git commit: 7 to 40 hexadecimal characters")
        .toLowerCase()
        .optional(),
      compute: computeSchema.optional(),
      trainingStartedAt: dateTime.optional(),
      trainingFinishedAt: dateTime.optional(),
      parameterCount: wholeNumber(1, Number.MAX_SAFE_INTEGER).optional(),
      contextLength: wholeNumber(1, 100_000_000).optional(),
      modelCard: z
        .string({ error: "Markdown text" })
        .refine((text) => utf8Bytes(text) <= MODEL_CARD_MAX_BYTES, "At most 200 KB of markdown")
        .optional(),
      tags: tagsSchema.optional(),
      notes: optionalText(10_000),
      evaluations: z.array(cardEvaluationSchema).max(200, "At most 200 evaluation results").optional(),
    },
    unknownFieldsError,
  )
  .refine(
    (v) =>
      !v.trainingStartedAt ||
      !v.trainingFinishedAt ||
      Date.parse(v.trainingStartedAt) <= Date.parse(v.trainingFinishedAt),
    {
      path: ["trainingFinishedAt"],
      message: "Must not be before the training started",
      ...whenValid("trainingStartedAt", "trainingFinishedAt"),
    },
  );
export type RegisterVersionInput = z.input<typeof registerVersionSchema>;
export type RegisterVersionData = z.output<typeof registerVersionSchema>;

function flagDuplicates(keys: string[], ctx: z.RefinementCtx, field: string, message: string) {
  const seen = new Set<string>();
  keys.forEach((key, index) => {
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: [index, field], message });
    seen.add(key);
  });
}

/**
 * Registered facts a PATCH may name only to be refused: they are accepted by the parser so the service
 * can answer 409 (after 404 and the ownership check) instead of a generic "unknown field" 400.
 */
export const IMMUTABLE_VERSION_FIELDS = [
  "parents",
  "datasets",
  "adapter",
  "hyperparameters",
  "codeCommit",
  "compute",
  "trainingStartedAt",
  "trainingFinishedAt",
  "parameterCount",
  "contextLength",
  "modelCard",
  "evaluations",
  "artifacts",
  "id",
  "model",
  "version",
  "createdAt",
  "createdBy",
] as const;
/** These change, but through their own flows (promotion requests), never by a metadata edit. */
export const FLOW_VERSION_FIELDS = ["stage", "status"] as const;

const refused = (why: string) => z.unknown().optional().describe(why);

export const updateVersionMetadataSchema = z.strictObject(
  {
    tags: tagsSchema.optional(),
    notes: clearableText(10_000),
    ...Object.fromEntries(
      IMMUTABLE_VERSION_FIELDS.map((field) => [
        field,
        refused("Immutable once registered: sending it answers 409"),
      ]),
    ),
    ...Object.fromEntries(
      FLOW_VERSION_FIELDS.map((field) => [
        field,
        refused("Changes through a promotion request: sending it answers 409"),
      ]),
    ),
  } as { tags: ReturnType<typeof tagsSchema.optional>; notes: ReturnType<typeof clearableText> } & Record<
    (typeof IMMUTABLE_VERSION_FIELDS)[number] | (typeof FLOW_VERSION_FIELDS)[number],
    ReturnType<typeof refused>
  >,
  unknownFieldsError,
);
export type UpdateVersionMetadataInput = z.input<typeof updateVersionMetadataSchema>;

export const listVersionsQuerySchema = paginationSchema.extend({
  model: slugSchema.optional().describe("The model's slug"),
  kind: modelKindSchema.optional(),
  stage: stageSchema.optional(),
  riskTier: riskTierSchema.optional(),
  team: z.string().trim().max(100).optional().describe("The owning team's slug or id"),
  baseFamily: baseFamilySchema.optional(),
  tag: tagSchema.optional(),
  q: searchSchema.describe(
    "Matches the model's slug, name or Hugging Face id (case-insensitive); tags have their own filter",
  ),
  notEvaluatedInDays: z.coerce
    .number({ error: "Must be a number" })
    .int("Must be a whole number")
    .min(1, "At least 1")
    .max(3650, "At most 3650")
    .optional()
    .describe("Versions with no evaluation run recorded in this many days"),
  liveWithFailedPolicy: z
    .enum(["true"], { error: "Only true" })
    .optional()
    .describe("Versions an approved request took to PRODUCTION although a policy failed on it"),
});
export type ListVersionsQuery = z.input<typeof listVersionsQuerySchema>;
