import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { adapterScaling } from "@/lib/registration/adapter-scaling";

// PEFT writes "not set" as null; a list column cannot hold null, so an empty list reads back as null.
const listOrNull = <T>(list: T[] | null) => (list?.length ? list : null);

/** A version's own columns (no relations): what an INSERT can return in the same statement. */
export const versionScalarSelect = {
  id: true,
  version: true,
  stage: true,
  status: true,
  tags: true,
  notes: true,
  createdAt: true,
  updatedAt: true,
  hyperparameters: true,
  codeCommit: true,
  compute: true,
  trainingStartedAt: true,
  trainingFinishedAt: true,
  parameterCount: true,
  contextLength: true,
  modelCardMarkdown: true,
  adapterType: true,
  adapterRank: true,
  adapterAlpha: true,
  adapterDropout: true,
  adapterTargetModules: true,
  adapterTargetModulesRegex: true,
  adapterUseRslora: true,
  adapterTaskType: true,
  adapterModulesToSave: true,
  adapterLayersToTransform: true,
  adapterLayersPattern: true,
  adapterRankPattern: true,
  adapterAlphaPattern: true,
  sourceUri: true,
  runId: true,
  runLink: true,
  loggedModelId: true,
} satisfies Prisma.ModelVersionSelect;

/** How a parent is shown beside its child; registration loads the same to check that it exists. */
export const parentRefSelect = {
  id: true,
  version: true,
  model: { select: { slug: true, name: true, kind: true } },
} satisfies Prisma.ModelVersionSelect;
export type ParentRef = Prisma.ModelVersionGetPayload<{ select: typeof parentRefSelect }>;

/** How a dataset version is shown beside a model version that used it. */
export const datasetRefSelect = {
  id: true,
  version: true,
  label: true,
  containsPersonalData: true,
  dataset: { select: { id: true, slug: true, name: true } },
} satisfies Prisma.DatasetVersionSelect;
export type DatasetRef = Prisma.DatasetVersionGetPayload<{ select: typeof datasetRefSelect }>;

/** One select for the detail of a version (GET), and the row shape registration assembles without re-reading. */
export const versionDetailSelect = {
  ...versionScalarSelect,
  model: { select: { id: true, slug: true, name: true, kind: true, riskTier: true } },
  createdBy: { select: { id: true, name: true, email: true } },
  // Ids are generated in insertion order, so this is the order the parents were given in.
  parentEdges: { orderBy: { id: "asc" }, select: { relation: true, parent: { select: parentRefSelect } } },
  datasetUsages: {
    orderBy: { id: "asc" },
    select: { role: true, datasetVersion: { select: datasetRefSelect } },
  },
  artifacts: {
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      uri: true,
      sizeBytes: true,
      sha256: true,
      format: true,
      isReference: true,
      metadata: true,
      createdAt: true,
    },
  },
  keyTags: { select: { key: true, value: true } },
  aliases: { select: { alias: true } },
} satisfies Prisma.ModelVersionSelect;

export type VersionRow = Prisma.ModelVersionGetPayload<{ select: typeof versionDetailSelect }>;

/** The GET /api/v1/versions/{id} shape, plus what a page needs beside it (names of parents and datasets, training facts). */
export function toVersionDetail(row: VersionRow) {
  const base = row.parentEdges.find((edge) => edge.relation === "ADAPTER_OF");
  return {
    id: row.id,
    model: row.model,
    version: row.version,
    stage: row.stage,
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdBy: row.createdBy,
    parents: row.parentEdges.map(({ relation, parent }) => ({
      versionId: parent.id,
      relation,
      model: parent.model,
      version: parent.version,
    })),
    adapter: row.adapterType
      ? {
          type: row.adapterType,
          rank: row.adapterRank,
          alpha: row.adapterAlpha,
          dropout: row.adapterDropout,
          targetModules:
            row.adapterTargetModulesRegex ??
            (row.adapterTargetModules.length ? row.adapterTargetModules : null),
          useRslora: row.adapterUseRslora,
          scaling: adapterScaling({
            rank: row.adapterRank,
            alpha: row.adapterAlpha,
            useRslora: row.adapterUseRslora,
          }),
          taskType: row.adapterTaskType,
          modulesToSave: listOrNull(row.adapterModulesToSave),
          layersToTransform: listOrNull(row.adapterLayersToTransform),
          layersPattern: listOrNull(row.adapterLayersPattern),
          rankPattern: row.adapterRankPattern as Record<string, number> | null,
          alphaPattern: row.adapterAlphaPattern as Record<string, number> | null,
          baseVersionId: base?.parent.id ?? null,
        }
      : null,
    datasets: row.datasetUsages.map(({ role, datasetVersion }) => ({
      datasetVersionId: datasetVersion.id,
      role,
      dataset: datasetVersion.dataset,
      version: datasetVersion.version,
      label: datasetVersion.label,
      containsPersonalData: datasetVersion.containsPersonalData,
    })),
    artifacts: row.artifacts.map((artifact) => ({ ...artifact, sizeBytes: Number(artifact.sizeBytes) })),
    hyperparameters: row.hyperparameters,
    codeCommit: row.codeCommit,
    compute: row.compute,
    trainingStartedAt: row.trainingStartedAt,
    trainingFinishedAt: row.trainingFinishedAt,
    parameterCount: row.parameterCount === null ? null : Number(row.parameterCount),
    contextLength: row.contextLength,
    modelCard: row.modelCardMarkdown,
    tags: row.tags,
    notes: row.notes,
    // Where the files came from when an MLflow client registered it (docs/mlflow.md); null otherwise.
    origin:
      row.sourceUri || row.runId || row.runLink || row.loggedModelId
        ? {
            sourceUri: row.sourceUri,
            runId: row.runId,
            runLink: row.runLink,
            loggedModelId: row.loggedModelId,
          }
        : null,
    // In code-point order whatever the database's collation, so a registration's answer and a later
    // read list them alike.
    keyTags: [...row.keyTags].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    aliases: row.aliases.map((a) => a.alias).sort(),
  };
}

export type VersionDetail = ReturnType<typeof toVersionDetail>;

/** A list row: enough to show and link a version, nothing long. */
export const versionSummarySelect = {
  id: true,
  version: true,
  stage: true,
  status: true,
  tags: true,
  createdAt: true,
  model: { select: { id: true, slug: true, name: true, kind: true, riskTier: true, baseFamily: true } },
  createdBy: { select: { id: true, name: true } },
} satisfies Prisma.ModelVersionSelect;

export type VersionSummary = Prisma.ModelVersionGetPayload<{ select: typeof versionSummarySelect }>;
