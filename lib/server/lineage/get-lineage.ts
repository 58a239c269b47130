import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { notFound } from "@/lib/errors";
import { lineageQuerySchema, type LineageDirection, type LineageGraph } from "@/lib/schemas/lineage";
import { db } from "@/lib/server/db";
import { parseInput } from "@/lib/validation";

const WALKS: Record<LineageDirection, string[]> = { up: ["up"], down: ["down"], both: ["up", "down"] };

/**
 * Ancestors (`up`), descendants (`down`) or both of a version, the version itself included, with the
 * edges between them, in one recursive query.
 *
 * Why it cannot loop or explode: the walk is a UNION (not UNION ALL) over (id, dir, depth). With no depth
 * limit the depth column stays 0, so each version enters once per direction and a cycle (which the
 * write path refuses anyway) ends the walk. With a limit, depth stops at it (<= 100), so at most one row
 * per version, direction and depth, even through many diamonds.
 *
 * `both` is ancestors plus descendants, not the whole connected component (no siblings or cousins).
 * Edges are every edge between two returned versions, so a merge shows all its parents that are present.
 * Versions come in no particular order (sorting 10,000 rows by a collated name costs more than the rest).
 * `query` is raw (`{ direction?, depth? }`, strings allowed): it is parsed against lineageQuerySchema here.
 */
export async function getLineage(versionId: string, query: unknown = {}): Promise<LineageGraph> {
  return JSON.parse(await getLineageJson(versionId, query)) as LineageGraph;
}

/**
 * The same graph as the JSON text of the API body, built by PostgreSQL. The route sends it untouched:
 * for a lineage of 10,000 versions, parsing and re-serialising ~3 MB in Node would cost more than the query.
 */
export async function getLineageJson(versionId: string, query: unknown = {}): Promise<string> {
  const { direction, depth } = parseInput(lineageQuerySchema, query);
  const [row] = await db.$queryRaw<{ body: string | null }[]>(lineageSql(versionId, direction, depth ?? null));
  if (!row?.body) throw notFound("Model version");
  return row.body;
}

/** The statement itself, exported so the benchmark can EXPLAIN ANALYZE exactly what the endpoint runs. */
export function lineageSql(versionId: string, direction: LineageDirection, limit: number | null): Prisma.Sql {
  return Prisma.sql`
    WITH RECURSIVE walk (id, dir, depth) AS (
      SELECT v.id, d.dir, 0
      FROM "ModelVersion" v CROSS JOIN unnest(${WALKS[direction]}::text[]) AS d(dir)
      WHERE v.id = ${versionId}
      UNION
      SELECT next.id, w.dir, CASE WHEN ${limit}::int IS NULL THEN 0 ELSE w.depth + 1 END
      FROM walk w
      CROSS JOIN LATERAL (
        SELECT e."parentId" AS id FROM "LineageEdge" e WHERE w.dir = 'up' AND e."childId" = w.id
        UNION ALL
        SELECT e."childId" AS id FROM "LineageEdge" e WHERE w.dir = 'down' AND e."parentId" = w.id
      ) AS next
      WHERE ${limit}::int IS NULL OR w.depth < ${limit}::int
    ),
    found AS MATERIALIZED (
      SELECT v.id, v."modelId", v.version, v.stage FROM "ModelVersion" v WHERE v.id IN (SELECT id FROM walk)
    ),
    -- Each model once (a lineage has far fewer models than versions), as its compact JSON.
    models AS MATERIALIZED (
      SELECT m.id, m.kind, (SELECT to_json(x) FROM (SELECT m.id, m.slug, m.name) x) AS json
      FROM "Model" m WHERE m.id IN (SELECT "modelId" FROM found)
    )
    SELECT CASE WHEN EXISTS (SELECT 1 FROM found) THEN json_build_object(
      'nodes', (SELECT json_agg(n) FROM (
                  SELECT f.id, m.json AS model, f.version, m.kind, f.stage FROM found f JOIN models m ON m.id = f."modelId") n),
      'edges', (SELECT coalesce(json_agg(x), '[]'::json) FROM (
                  SELECT e."parentId" AS "from", e."childId" AS "to", e.relation FROM "LineageEdge" e
                  WHERE e."parentId" IN (SELECT id FROM found) AND e."childId" IN (SELECT id FROM found)) x)
    )::text END AS body
  `;
}
