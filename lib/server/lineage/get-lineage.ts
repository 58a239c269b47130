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
 * `query` is raw (`{ direction?, depth? }`, strings allowed): it is parsed against lineageQuerySchema here.
 */
export async function getLineage(versionId: string, query: unknown = {}): Promise<LineageGraph> {
  const { direction, depth } = parseInput(lineageQuerySchema, query);
  const [row] = await db.$queryRaw<{ nodes: LineageGraph["nodes"]; edges: LineageGraph["edges"] }[]>(lineageSql(versionId, direction, depth ?? null));
  if (!row || row.nodes.length === 0) throw notFound("Model version");
  return { nodes: row.nodes, edges: row.edges };
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
    found AS MATERIALIZED (SELECT DISTINCT id FROM walk)
    SELECT
      (SELECT coalesce(json_agg(json_build_object(
                'id', v.id,
                'model', json_build_object('id', m.id, 'slug', m.slug, 'name', m.name),
                'version', v.version, 'kind', m.kind, 'stage', v.stage
              ) ORDER BY m.slug, v.version), '[]'::json)
       FROM found f JOIN "ModelVersion" v ON v.id = f.id JOIN "Model" m ON m.id = v."modelId") AS nodes,
      (SELECT coalesce(json_agg(json_build_object('from', e."parentId", 'to', e."childId", 'relation', e.relation)
                ORDER BY e."parentId", e."childId"), '[]'::json)
       FROM "LineageEdge" e
       WHERE e."parentId" IN (SELECT id FROM found) AND e."childId" IN (SELECT id FROM found)) AS edges
  `;
}
