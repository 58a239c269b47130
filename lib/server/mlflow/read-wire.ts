import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { downloadUri, parseArtifactsOrigin } from "@/lib/mlflow/download-uri";
import type { RegisteredModelRow, VersionRow } from "@/lib/mlflow/wire";
import { queryPrepared } from "@/lib/server/sql";

export type StoredVersionRow = VersionRow & {
  id: string;
  modelId: string;
  hasUploads: boolean;
  referenceUris: string[];
};

/**
 * A version as MLflow shows it, with its tags, aliases and where its bytes are, in one statement. The
 * `source` of a version registered elsewhere than MLflow is where MLflow would download it from.
 */
const VERSION_COLUMNS = Prisma.sql`
  v.id, v."modelId", m.name, v.version, v."createdAt", v."updatedAt", u.email AS "userId", v.stage,
  v.notes AS description, v."sourceUri" AS source, v."runId", v."runLink", v."loggedModelId",
  COALESCE((SELECT json_agg(json_build_object('key', t.key, 'value', t.value))
            FROM "VersionKeyTag" t WHERE t."versionId" = v.id), '[]'::json) AS tags,
  COALESCE((SELECT array_agg(a.alias) FROM "ModelAlias" a WHERE a."versionId" = v.id), '{}') AS aliases,
  EXISTS (SELECT 1 FROM "Artifact" ar WHERE ar."versionId" = v.id AND NOT ar."isReference") AS "hasUploads",
  COALESCE((SELECT array_agg(ar.uri ORDER BY ar.name) FROM "Artifact" ar
            WHERE ar."versionId" = v.id AND ar."isReference"), '{}') AS "referenceUris"`;

const VERSION_FROM = Prisma.sql`
  FROM "ModelVersion" v JOIN "Model" m ON m.id = v."modelId" JOIN "User" u ON u.id = v."createdById"`;

/** What docs/mlflow.md's MLFLOW_ARTIFACTS_ORIGIN names: the app's address for MLflow clients, if set. */
export const artifactsOrigin = () => parseArtifactsOrigin(process.env.MLFLOW_ARTIFACTS_ORIGIN);

function withSource(row: StoredVersionRow): StoredVersionRow {
  return row.source ? row : { ...row, source: downloadUri(row, { artifactsOrigin: artifactsOrigin() }) };
}

export async function readVersions(
  where: Prisma.Sql,
  tail: Prisma.Sql = Prisma.empty,
): Promise<StoredVersionRow[]> {
  const rows = await queryPrepared<StoredVersionRow>`
    SELECT ${VERSION_COLUMNS} ${VERSION_FROM} WHERE ${where} ${tail}`;
  return rows.map(withSource);
}

export async function readVersionById(id: string): Promise<StoredVersionRow> {
  const [row] = await readVersions(Prisma.sql`v.id = ${id}`);
  if (!row) throw new Error(`Version ${id} vanished while it was being read`);
  return row;
}

/** The latest version of each stage (MLflow's `latest_versions`), for several models in one statement. */
export async function readLatestVersions(
  modelIds: readonly string[],
  stages: readonly string[] | null = null,
): Promise<Map<string, StoredVersionRow[]>> {
  const byModel = new Map<string, StoredVersionRow[]>(modelIds.map((id) => [id, []]));
  if (modelIds.length === 0) return byModel;
  const stageFilter = stages
    ? Prisma.sql`AND v.stage::text = ANY(${stages as string[]}::text[])`
    : Prisma.empty;
  const rows = await queryPrepared<StoredVersionRow>`
    SELECT * FROM (
      SELECT DISTINCT ON (v."modelId", v.stage) ${VERSION_COLUMNS} ${VERSION_FROM}
      WHERE v."modelId" = ANY(${modelIds as string[]}::text[]) ${stageFilter}
      ORDER BY v."modelId", v.stage, v.version DESC
    ) latest ORDER BY version`;
  for (const row of rows) byModel.get(row.modelId)?.push(withSource(row));
  return byModel;
}

/**
 * The latest version of each stage of the model `m`, as a JSON list: the version columns read the
 * model's name from the outer `m`, so the subquery joins no model of its own.
 */
const LATEST_VERSIONS = Prisma.sql`
  COALESCE((SELECT json_agg(latest ORDER BY latest.version) FROM (
    SELECT DISTINCT ON (v.stage) ${VERSION_COLUMNS}
    FROM "ModelVersion" v JOIN "User" u ON u.id = v."createdById"
    WHERE v."modelId" = m.id ORDER BY v.stage, v.version DESC) latest), '[]'::json)`;

type JsonVersionRow = Omit<StoredVersionRow, "createdAt" | "updatedAt"> & {
  createdAt: string;
  updatedAt: string;
};
type StoredModelRow = Omit<RegisteredModelRow, "latestVersions"> & {
  id: string;
  latestVersions: JsonVersionRow[];
};

// JSON renders a `timestamp` (UTC, without a zone) with no offset: read it back as UTC.
const utc = (text: string) => new Date(/[Zz]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);

/** Registered models with their tags, aliases and latest versions: one statement a page. */
export async function readRegisteredModels(
  where: Prisma.Sql,
  tail: Prisma.Sql = Prisma.empty,
): Promise<(RegisteredModelRow & { id: string })[]> {
  const models = await queryPrepared<StoredModelRow>`
    SELECT m.id, m.name, m."createdAt", m."updatedAt", u.email AS "userId", m.description,
      COALESCE((SELECT json_agg(json_build_object('key', t.key, 'value', t.value))
                FROM "ModelKeyTag" t WHERE t."modelId" = m.id), '[]'::json) AS tags,
      COALESCE((SELECT json_agg(json_build_object('alias', a.alias, 'version', av.version))
                FROM "ModelAlias" a JOIN "ModelVersion" av ON av.id = a."versionId"
                WHERE a."modelId" = m.id), '[]'::json) AS aliases,
      ${LATEST_VERSIONS} AS "latestVersions"
    FROM "Model" m JOIN "User" u ON u.id = m."createdById"
    WHERE ${where} ${tail}`;
  return models.map((model) => ({
    ...model,
    latestVersions: model.latestVersions.map((version) =>
      withSource({ ...version, createdAt: utc(version.createdAt), updatedAt: utc(version.updatedAt) }),
    ),
  }));
}
