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
 * The walk goes over edges, not versions, so the edges (those on the paths from the version) come out
 * of the walk itself, with no second lookup.
 * Why it cannot loop or explode: it is a UNION (not UNION ALL) over (edge, dir, depth). With no depth
 * limit the depth column stays 1, so each edge enters once per direction and a cycle (which the write
 * path refuses anyway) ends the walk; a merge's subtree is reached through each of its parent edges but
 * its rows are the same, so UNION drops them. With a limit, depth stops at it (<= 100).
 *
 * `both` is ancestors plus descendants, not the whole connected component (no siblings or cousins).
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
  const [row] = await db.$queryRaw<{ body: string | null }[]>(
    lineageSql(versionId, direction, depth ?? null),
  );
  if (!row?.body) throw notFound("Model version");
  return row.body;
}

/** The statement itself, exported so the benchmark can EXPLAIN ANALYZE exactly what the endpoint runs. */
export function lineageSql(versionId: string, direction: LineageDirection, limit: number | null): Prisma.Sql {
  return Prisma.sql`
    WITH RECURSIVE walk (parent, child, relation, dir, depth) AS (
      SELECT e.parent, e.child, e.relation, d.dir, 1
      FROM unnest(${WALKS[direction]}::text[]) AS d(dir)
      CROSS JOIN LATERAL (
        SELECT e."parentId" AS parent, e."childId" AS child, e.relation FROM "LineageEdge" e WHERE d.dir = 'up' AND e."childId" = ${versionId}
        UNION ALL
        SELECT e."parentId", e."childId", e.relation FROM "LineageEdge" e WHERE d.dir = 'down' AND e."parentId" = ${versionId}
      ) AS e
      UNION
      SELECT e.parent, e.child, e.relation, w.dir, CASE WHEN ${limit}::int IS NULL THEN 1 ELSE w.depth + 1 END
      FROM walk w
      CROSS JOIN LATERAL (
        SELECT e."parentId" AS parent, e."childId" AS child, e.relation FROM "LineageEdge" e WHERE w.dir = 'up' AND e."childId" = w.parent
        UNION ALL
        SELECT e."parentId", e."childId", e.relation FROM "LineageEdge" e WHERE w.dir = 'down' AND e."parentId" = w.child
      ) AS e
      WHERE ${limit}::int IS NULL OR w.depth < ${limit}::int
    ),
    ids AS (SELECT ${versionId}::text AS id UNION SELECT parent FROM walk UNION SELECT child FROM walk),
    -- A recursive CTE's row estimate is a guess (thousands), which would make the planner scan whole
    -- tables; OFFSET 0 keeps each LATERAL a primary-key lookup, so the cost follows the lineage's size.
    found AS MATERIALIZED (
      SELECT v.* FROM ids CROSS JOIN LATERAL (
        SELECT v.id, v."modelId", v.version, v.stage FROM "ModelVersion" v WHERE v.id = ids.id OFFSET 0) v
    ),
    -- Each model once (a lineage has far fewer models than versions), as its compact JSON.
    models AS MATERIALIZED (
      SELECT m.* FROM (SELECT DISTINCT "modelId" FROM found) f CROSS JOIN LATERAL (
        SELECT m.id, m.kind, (SELECT to_json(x) FROM (SELECT m.id, m.slug, m.name) x) AS json
        FROM "Model" m WHERE m.id = f."modelId" OFFSET 0) m
    )
    SELECT CASE WHEN EXISTS (SELECT 1 FROM found) THEN json_build_object(
      'nodes', (SELECT json_agg(n) FROM (
                  SELECT f.id, m.json AS model, f.version, m.kind, f.stage FROM found f JOIN models m ON m.id = f."modelId") n),
      'edges', (SELECT coalesce(json_agg(x), '[]'::json) FROM (SELECT DISTINCT parent AS "from", child AS "to", relation FROM walk) x)
    )::text END AS body
  `;
}
