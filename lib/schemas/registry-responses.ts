import { z } from "zod";
import { ArtifactFormat, LegalBasis, Stage, VersionStatus } from "@/generated/prisma/enums";
import { datasetRoleSchema, adapterTypeSchema, lineageRelationSchema } from "@/lib/schemas/versions";
import { modelKindSchema, riskTierSchema } from "@/lib/schemas/models";

/**
 * The shapes the registry endpoints answer with, for the OpenAPI document. The services' TypeScript
 * types are the source; these mirror them as JSON (dates as ISO strings, big integers as numbers).
 */
const dateTime = z.iso.datetime();
const teamRef = z.object({ id: z.string(), slug: z.string(), name: z.string() });
const userRef = z.object({ id: z.string(), name: z.string(), email: z.string() });
const stage = z.enum(Stage);

const modelFields = {
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: modelKindSchema,
  hfId: z.string().nullable(),
  baseFamily: z.string().nullable(),
  license: z.string().nullable(),
  task: z.string().nullable(),
  riskTier: riskTierSchema,
  createdAt: dateTime,
  updatedAt: dateTime,
  team: teamRef,
};

export const modelResponseSchema = z.object({
  ...modelFields,
  description: z.string().nullable(),
  intendedUse: z.string().nullable(),
  createdBy: userRef,
});

export const modelSummaryResponseSchema = z.object({
  ...modelFields,
  versionCount: z.number().int(),
  latestVersion: z.object({ id: z.string(), version: z.number().int(), stage }).nullable(),
});

export const modelDetailResponseSchema = modelResponseSchema.extend({
  versionCount: z.number().int(),
  nextVersion: z
    .number()
    .int()
    .describe("The number the next registration gets; a deleted version's number is never given again"),
  versions: z.array(
    z.object({
      id: z.string(),
      version: z.number().int(),
      stage,
      tags: z.array(z.string()),
      createdAt: dateTime,
    }),
  ),
  keyTags: z
    .array(z.object({ key: z.string(), value: z.string() }))
    .describe("Key-value tags, by key (set through the MLflow-compatible API)"),
  aliases: z
    .array(
      z.object({
        alias: z.string(),
        version: z.object({ id: z.string(), version: z.number().int(), stage }),
      }),
    )
    .describe("Named pointers to one version each (MLflow aliases such as `champion`), by name"),
});

const modelRef = z.object({ slug: z.string(), name: z.string(), kind: modelKindSchema });

export const versionResponseSchema = z.object({
  id: z.string(),
  model: z.object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    kind: modelKindSchema,
    riskTier: riskTierSchema,
  }),
  version: z.number().int(),
  stage,
  status: z.enum(VersionStatus),
  createdAt: dateTime,
  updatedAt: dateTime,
  createdBy: userRef,
  parents: z.array(
    z.object({
      versionId: z.string(),
      relation: lineageRelationSchema,
      model: modelRef,
      version: z.number().int(),
    }),
  ),
  adapter: z
    .object({
      type: adapterTypeSchema,
      rank: z.number().int().nullable(),
      alpha: z.number().nullable(),
      dropout: z.number().nullable(),
      targetModules: z
        .union([z.array(z.string()), z.string()])
        .nullable()
        .describe("Module names, or one regular expression"),
      useRslora: z
        .boolean()
        .nullable()
        .describe("PEFT's use_rslora: scaling alpha/sqrt(r) instead of alpha/r"),
      scaling: z
        .number()
        .nullable()
        .describe("The factor the update is multiplied by: alpha/r, or alpha/sqrt(r) under rsLoRA"),
      taskType: z.string().nullable(),
      modulesToSave: z.array(z.string()).nullable().describe("Modules trained in full beside the adapter"),
      layersToTransform: z.array(z.number().int()).nullable(),
      layersPattern: z.array(z.string()).nullable(),
      rankPattern: z.record(z.string(), z.number()).nullable().describe("Per-module rank overrides"),
      alphaPattern: z.record(z.string(), z.number()).nullable().describe("Per-module alpha overrides"),
      baseVersionId: z.string().nullable().describe("The ADAPTER_OF parent"),
    })
    .nullable(),
  datasets: z.array(
    z.object({
      datasetVersionId: z.string(),
      role: datasetRoleSchema,
      dataset: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
      version: z.number().int(),
      label: z.string().nullable(),
      containsPersonalData: z.boolean(),
    }),
  ),
  artifacts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      uri: z.string(),
      sizeBytes: z.number().int(),
      sha256: z.string(),
      format: z.enum(ArtifactFormat),
      isReference: z.boolean(),
      metadata: z.unknown().nullable(),
      createdAt: dateTime,
    }),
  ),
  hyperparameters: z.record(z.string(), z.unknown()).nullable(),
  codeCommit: z.string().nullable(),
  compute: z
    .object({
      gpuType: z.string().optional(),
      gpuCount: z.number().int().optional(),
      gpuHours: z.number().optional(),
    })
    .nullable(),
  trainingStartedAt: dateTime.nullable(),
  trainingFinishedAt: dateTime.nullable(),
  parameterCount: z.number().int().nullable(),
  contextLength: z.number().int().nullable(),
  modelCard: z.string().nullable().describe("Markdown"),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  origin: z
    .object({
      sourceUri: z.string().nullable(),
      runId: z.string().nullable(),
      runLink: z.string().nullable(),
      loggedModelId: z.string().nullable(),
    })
    .nullable()
    .describe(
      "Where the files came from, when an MLflow client registered the version (its `source` and run)",
    ),
  keyTags: z
    .array(z.object({ key: z.string(), value: z.string() }))
    .describe("Key-value tags, by key (set through the MLflow-compatible API)"),
  aliases: z.array(z.string()).describe("The model's aliases that point at this version"),
});

export const versionSummaryResponseSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  stage,
  status: z.enum(VersionStatus),
  tags: z.array(z.string()),
  createdAt: dateTime,
  model: z.object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    kind: modelKindSchema,
    riskTier: riskTierSchema,
    baseFamily: z.string().nullable(),
  }),
  createdBy: z.object({ id: z.string(), name: z.string() }),
});

const datasetFields = {
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  source: z.string(),
  license: z.string(),
  createdAt: dateTime,
  updatedAt: dateTime,
  team: teamRef,
};

export const datasetVersionResponseSchema = z.object({
  id: z.string(),
  datasetId: z.string(),
  version: z.number().int(),
  label: z.string().nullable(),
  checksum: z.string().nullable(),
  rows: z.number().int().nullable(),
  containsPersonalData: z.boolean(),
  personalDataCategories: z.array(z.string()),
  legalBasis: z.enum(LegalBasis).nullable(),
  retentionDays: z.number().int().nullable(),
  region: z.string().nullable(),
  createdById: z.string(),
  createdAt: dateTime,
});

export const datasetResponseSchema = z.object({
  ...datasetFields,
  description: z.string().nullable(),
  createdBy: userRef,
});
export const datasetSummaryResponseSchema = z.object({ ...datasetFields, versionCount: z.number().int() });
export const datasetDetailResponseSchema = datasetResponseSchema.extend({
  versionCount: z.number().int(),
  versions: z.array(datasetVersionResponseSchema),
});
