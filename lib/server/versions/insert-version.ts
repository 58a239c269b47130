import "server-only";
import type {
  AdapterType,
  DatasetRole,
  LineageRelation,
  Stage,
  VersionStatus,
} from "@/generated/prisma/client";
import type { KeyTag } from "@/lib/schemas/key-tags";
import { Prisma } from "@/generated/prisma/client";
import { auditAppendCall, type AuditInput } from "@/lib/server/audit/record-audit";
import { newRowId, type Tx } from "@/lib/server/db";
import { rowsOn } from "@/lib/server/sql";

/** Every column a registration writes; the database decides the number, stage, status and times it returns. */
export type VersionRow = {
  id: string;
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
 * Writes a version with its next number, its lineage edges, dataset usages, key-value tags and its
 * audit event in ONE statement, with no transaction needed around it (decision 015): registration is
 * the hot path of every pipeline, and each statement through Prisma costs a round trip. The order
 * inside it is fixed by what each part reads: next_model_version locks the model row first (so
 * registrations of one model are numbered in turn, and the model counts as updated), the event is appended after the version is written
 * (it reads the row's id and number), and the foreign keys of the edges and usages are checked at the
 * end of the statement, when the version exists. A failure anywhere leaves nothing.
 * `audit.changes` gets the number the database decided under the key `version`.
 */
export async function insertVersion(tx: Tx | null, row: VersionRow, links: VersionLinks, audit: AuditInput) {
  const id = row.id;
  const event = auditAppendCall(audit, Prisma.sql`v.id`, { key: "version", value: Prisma.sql`v.version` });
  const [written] = await rowsOn<{
    version: number;
    stage: Stage;
    status: VersionStatus;
    createdAt: Date;
    updatedAt: Date;
  }>(
    tx,
    Prisma.sql`
    WITH version AS (
      INSERT INTO "ModelVersion" (
        id, "modelId", version, "createdById", "createdAt", "updatedAt", tags, notes, hyperparameters,
        "codeCommit", compute, "trainingStartedAt", "trainingFinishedAt", "parameterCount", "contextLength",
        "modelCardMarkdown", "modelCardSections", "adapterType", "adapterRank", "adapterAlpha",
        "adapterDropout", "adapterTargetModules", "adapterTargetModulesRegex", "adapterUseRslora",
        "adapterTaskType", "adapterModulesToSave", "adapterLayersToTransform", "adapterLayersPattern",
        "adapterRankPattern", "adapterAlphaPattern", "sourceUri", "runId", "runLink", "loggedModelId")
      VALUES (
        ${id}, ${row.modelId}, next_model_version(${row.modelId}, ${row.createdAt}::timestamp), ${row.createdById}, ${row.createdAt},
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
      RETURNING id, version, stage, status, "createdAt", "updatedAt"
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
    ), audit AS (
      SELECT a.hash FROM version v, LATERAL ${event} a
    )
    SELECT version.version, version.stage, version.status, version."createdAt", version."updatedAt"
    FROM version, audit`,
    { prepared: true },
  );
  return { id, ...written! };
}
