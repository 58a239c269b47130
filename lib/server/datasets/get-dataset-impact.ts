import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { notFound, validationError } from "@/lib/errors";
import { datasetImpactQuerySchema, type DatasetImpact } from "@/lib/schemas/lineage";
import { db, type Db } from "@/lib/server/db";
import { parseInput } from "@/lib/validation";

export type ImpactRow = {
  versionId: string;
  modelId: string;
  modelSlug: string;
  modelName: string;
  version: number;
  stage: DatasetImpact["items"][number]["stage"];
  via: DatasetImpact["items"][number]["via"];
  teamId: string;
  teamName: string;
  ownerId: string;
  ownerName: string;
};

/**
 * Every model version whose weights were shaped by the dataset (or by one version of it): the versions
 * that used it for TRAIN or VALIDATION (`direct`), and all their descendants through lineage
 * (`ancestor`: an ancestor used it). EVAL use is left out on purpose: evaluating on data does not put
 * it into the weights, so it does not make a model answer for that data (e.g. after an erasure).
 * A version that is both direct and a descendant is listed once, as direct. One recursive query;
 * UNION keeps each version once, so shared descendants and diamonds cost nothing extra.
 */
export async function getDatasetImpact(datasetId: string, query: unknown = {}): Promise<DatasetImpact> {
  const { datasetVersionId } = parseInput(datasetImpactQuerySchema, query);
  const dataset = await db.dataset.findUnique({ where: { id: datasetId }, select: { id: true } });
  if (!dataset) throw notFound("Dataset");
  if (datasetVersionId) {
    const datasetVersion = await db.datasetVersion.findUnique({
      where: { id: datasetVersionId },
      select: { datasetId: true },
    });
    if (datasetVersion?.datasetId !== datasetId) {
      throw validationError({ datasetVersionId: "Not a version of this dataset" });
    }
  }

  const rows = await readImpact(db, datasetId, datasetVersionId ?? null);
  return {
    items: rows.map((row) => ({
      versionId: row.versionId,
      model: { id: row.modelId, slug: row.modelSlug, name: row.modelName },
      version: row.version,
      stage: row.stage,
      via: row.via,
    })),
  };
}

/** The impacted versions with their owning team and the model's creator (an erasure request lists them). */
export const readImpact = (client: Db, datasetId: string, datasetVersionId: string | null) =>
  client.$queryRaw<ImpactRow[]>(impactSql(datasetId, datasetVersionId));

/** The statement itself, exported so the benchmark can EXPLAIN ANALYZE exactly what the endpoint runs. */
export function impactSql(datasetId: string, datasetVersionId: string | null): Prisma.Sql {
  return Prisma.sql`
    WITH RECURSIVE direct AS MATERIALIZED (
      SELECT DISTINCT u."modelVersionId" AS id
      FROM "DatasetUsage" u JOIN "DatasetVersion" dv ON dv.id = u."datasetVersionId"
      WHERE dv."datasetId" = ${datasetId}
        AND (${datasetVersionId}::text IS NULL OR dv.id = ${datasetVersionId}::text)
        AND u.role IN ('TRAIN', 'VALIDATION')
    ),
    reached (id) AS (
      SELECT id FROM direct
      UNION
      SELECT e."childId" FROM reached r JOIN "LineageEdge" e ON e."parentId" = r.id
    )
    SELECT v.id AS "versionId", m.id AS "modelId", m.slug AS "modelSlug", m.name AS "modelName",
           v.version, v.stage::text AS stage,
           CASE WHEN d.id IS NULL THEN 'ancestor' ELSE 'direct' END AS via,
           t.id AS "teamId", t.name AS "teamName", u.id AS "ownerId", u.name AS "ownerName"
    FROM reached r
    -- The recursive CTE's row estimate is a guess (hundreds of thousands), which would make the planner
    -- scan whole tables; OFFSET 0 keeps these primary-key lookups, so the cost follows the answer's size.
    CROSS JOIN LATERAL (SELECT v.id, v."modelId", v.version, v.stage FROM "ModelVersion" v WHERE v.id = r.id OFFSET 0) v
    CROSS JOIN LATERAL (SELECT m.id, m.slug, m.name, m."teamId", m."createdById" FROM "Model" m WHERE m.id = v."modelId" OFFSET 0) m
    CROSS JOIN LATERAL (SELECT t.id, t.name FROM "Team" t WHERE t.id = m."teamId" OFFSET 0) t
    CROSS JOIN LATERAL (SELECT u.id, u.name FROM "User" u WHERE u.id = m."createdById" OFFSET 0) u
    LEFT JOIN direct d ON d.id = r.id
    ORDER BY d.id IS NULL, m.slug, v.version
  `;
}
