import "server-only";
import type {
  AdapterType,
  DatasetRole,
  LineageRelation,
  Prisma,
  Stage,
  VersionStatus,
} from "@/generated/prisma/client";
import type { KeyTag } from "@/lib/schemas/key-tags";
import { newRowId, type Tx } from "@/lib/server/db";

/** Every column a registration writes; the database decides the number, stage, status and times it returns. */
export type VersionRow = {
  modelId: string;
  createdById: string;
  createdAt: Date;
  tags: string[];
  notes: string | null;
  hyperparameters?: Prisma.InputJsonObject;
  codeCommit: string | null;
  compute?: Prisma.InputJsonObject;
  trainingStartedAt: Date | null;
  trainingFinishedAt: Date | null;
  parameterCount: bigint | null;
  contextLength: number | null;
  modelCardMarkdown: string | null;
  modelCardSections?: Prisma.InputJsonValue;
  adapterType: AdapterType | null;
  adapterRank: number | null;
  adapterAlpha: number | null;
  adapterDropout: number | null;
  adapterTargetModules: string[];
  adapterTargetModulesRegex: string | null;
  adapterUseRslora: boolean | null;
  adapterTaskType: string | null;
  adapterModulesToSave: string[];
  adapterLayersToTransform: number[];
  adapterLayersPattern: string[];
  adapterRankPattern?: Record<string, number>;
  adapterAlphaPattern?: Record<string, number>;
  sourceUri: string | null;
  runId: string | null;
  runLink: string | null;
  loggedModelId: string | null;
};

export type VersionLinks = {
  parents: readonly { versionId: string; relation: LineageRelation }[];
  datasets: readonly { datasetVersionId: string; role: DatasetRole }[];
  keyTags: readonly KeyTag[];
};

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/**
 * Writes a version, its next number, its lineage edges, dataset usages and key-value tags in ONE
 * statement: registration is the hot path of every pipeline, and each statement through Prisma costs a
 * round trip plus, for its query builder, a fresh compilation (about a millisecond for this row).
 * next_model_version locks the model row first, so registrations of one model are numbered in turn.
 * The edges and usages point at the version written beside them: foreign keys are checked at the end
 * of the statement, when it exists.
 */
export async function insertVersion(tx: Tx, row: VersionRow, links: VersionLinks) {
  const id = newRowId();
  const [written] = await tx.$queryRaw<
    { version: number; stage: Stage; status: VersionStatus; createdAt: Date; updatedAt: Date }[]
  >`
    WITH version AS (
      INSERT INTO "ModelVersion" (
        id, "modelId", version, "createdById", "createdAt", "updatedAt", tags, notes, hyperparameters,
        "codeCommit", compute, "trainingStartedAt", "trainingFinishedAt", "parameterCount", "contextLength",
        "modelCardMarkdown", "modelCardSections", "adapterType", "adapterRank", "adapterAlpha",
        "adapterDropout", "adapterTargetModules", "adapterTargetModulesRegex", "adapterUseRslora",
        "adapterTaskType", "adapterModulesToSave", "adapterLayersToTransform", "adapterLayersPattern",
        "adapterRankPattern", "adapterAlphaPattern", "sourceUri", "runId", "runLink", "loggedModelId")
      VALUES (
        ${id}, ${row.modelId}, next_model_version(${row.modelId}), ${row.createdById}, ${row.createdAt},
        ${row.createdAt}, ${row.tags}::text[], ${row.notes}, ${json(row.hyperparameters)}::jsonb,
        ${row.codeCommit}, ${json(row.compute)}::jsonb, ${row.trainingStartedAt}, ${row.trainingFinishedAt},
        ${row.parameterCount}, ${row.contextLength}, ${row.modelCardMarkdown},
        ${json(row.modelCardSections)}::jsonb, ${row.adapterType}::"AdapterType", ${row.adapterRank},
        ${row.adapterAlpha}, ${row.adapterDropout}, ${row.adapterTargetModules}::text[],
        ${row.adapterTargetModulesRegex}, ${row.adapterUseRslora}, ${row.adapterTaskType},
        ${row.adapterModulesToSave}::text[], ${row.adapterLayersToTransform}::int[],
        ${row.adapterLayersPattern}::text[], ${json(row.adapterRankPattern)}::jsonb,
        ${json(row.adapterAlphaPattern)}::jsonb, ${row.sourceUri}, ${row.runId}, ${row.runLink},
        ${row.loggedModelId})
      RETURNING version, stage, status, "createdAt", "updatedAt"
    ), edges AS (
      INSERT INTO "LineageEdge" (id, "parentId", "childId", relation, "createdAt")
      SELECT edge, parent, ${id}, relation::"LineageRelation", ${row.createdAt}
      FROM unnest(${links.parents.map(() => newRowId())}::text[], ${links.parents.map((p) => p.versionId)}::text[],
                  ${links.parents.map((p) => p.relation)}::text[]) AS p(edge, parent, relation)
    ), usages AS (
      INSERT INTO "DatasetUsage" (id, "modelVersionId", "datasetVersionId", role)
      SELECT usage, ${id}, dataset, role::"DatasetRole"
      FROM unnest(${links.datasets.map(() => newRowId())}::text[], ${links.datasets.map((d) => d.datasetVersionId)}::text[],
                  ${links.datasets.map((d) => d.role)}::text[]) AS d(usage, dataset, role)
    ), key_tags AS (
      INSERT INTO "VersionKeyTag" ("versionId", key, value)
      SELECT ${id}, key, value
      FROM unnest(${links.keyTags.map((t) => t.key)}::text[], ${links.keyTags.map((t) => t.value)}::text[]) AS t(key, value)
    )
    SELECT * FROM version`;
  return { id, ...written! };
}
