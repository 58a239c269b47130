import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { notFound, validationError } from "@/lib/errors";
import {
  lineageQuerySchema,
  MAX_LINEAGE_PAGE,
  type LineageDirection,
  type LineageGraph,
} from "@/lib/schemas/lineage";
import { queryRows } from "@/lib/server/sql";
import { parseInput } from "@/lib/validation";

const WALKS: Record<LineageDirection, string[]> = { up: ["up"], down: ["down"], both: ["up", "down"] };

/** Where a page starts: the walk's step number (the version itself is step 0). */
export type LineagePage = { from: number; limit: number };

/**
 * One page of the ancestors (`up`), descendants (`down`) or both of a version, the version itself
 * included, with the edges between them, in one recursive query.
 *
 * The walk goes over edges, not versions, so the edges (those on the paths from the version) come out
 * of the walk itself, with no second lookup.
 * Why it cannot loop or explode: it is a UNION (not UNION ALL) over (edge, dir, depth). With no depth
 * limit the depth column stays 1, so each edge enters once per direction and a cycle (which the write
 * path refuses anyway) ends the walk; a merge's subtree is reached through each of its parent edges but
 * its rows are the same, so UNION drops them. With a limit, depth stops at it (<= 100).
 *
 * Paging: PostgreSQL runs a recursive query one generation at a time and only as far as its reader
 * asks, so a page of `limit` steps stops the walk there: the first page of a 10,000-version tree costs
 * what a 500-version lineage costs. Step n of the walk reaches one edge and, the first time, the
 * version at its far end; a page holds the steps [from, from + limit), so each version and each edge
 * comes once, nearest generations first. The cursor is the next step number.
 *
 * `both` is ancestors plus descendants, not the whole connected component (no siblings or cousins).
 * `query` is raw (`{ direction?, depth?, limit?, cursor? }`, strings allowed): it is parsed here.
 */
export async function getLineage(versionId: string, query: unknown = {}): Promise<LineageGraph> {
  return JSON.parse(await getLineageJson(versionId, query)) as LineageGraph;
}

/** Every page of a lineage, for the server's own readers that must see all of it (a promotion's ancestry). */
export async function getWholeLineage(
  versionId: string,
  query: { direction?: LineageDirection; depth?: number } = {},
): Promise<LineageGraph> {
  const whole: LineageGraph = { nodes: [], edges: [], truncated: false, nextCursor: null };
  let cursor: string | null = null;
  do {
    const page = await getLineage(versionId, {
      ...query,
      limit: MAX_LINEAGE_PAGE,
      cursor: cursor ?? undefined,
    });
    whole.nodes.push(...page.nodes);
    whole.edges.push(...page.edges);
    cursor = page.nextCursor;
  } while (cursor);
  return whole;
}

/**
 * The same page as the JSON text of the API body, built by PostgreSQL. The route sends it untouched:
 * parsing and re-serialising thousands of versions in Node would cost more than the query.
 */
export async function getLineageJson(versionId: string, query: unknown = {}): Promise<string> {
  const { direction, depth, limit, cursor } = parseInput(lineageQuerySchema, query);
  const [row] = await queryRows<{ body: string | null }>(
    lineageSql(versionId, direction, depth ?? null, { from: decodeLineageCursor(cursor), limit }),
  );
  if (!row?.body) throw notFound("Model version");
  return row.body;
}

const encodeLineageCursor = (step: number) => Buffer.from(JSON.stringify({ step })).toString("base64url");

function decodeLineageCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  try {
    const { step } = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { step: unknown };
    if (typeof step === "number" && Number.isSafeInteger(step) && step > 0 && step < 2 ** 31) return step;
  } catch {
    // falls through to the 400 below
  }
  throw validationError({ cursor: "Not a cursor this API returned" });
}

/** The statement itself, exported so the benchmark can EXPLAIN ANALYZE exactly what the endpoint runs. */
export function lineageSql(
  versionId: string,
  direction: LineageDirection,
  limit: number | null,
  page: LineagePage,
): Prisma.Sql {
  const end = page.from + page.limit;
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
    -- Steps 1..end of the walk, numbered in the order it takes them; the LIMIT is what stops the walk
    -- (one step more than the page, to know whether another page follows).
    steps AS MATERIALIZED (
      SELECT s.*, row_number() OVER () AS step FROM (SELECT * FROM walk LIMIT ${end}::int) s
    ),
    -- Each version at the step that first reached it (the version itself at step 0).
    reached AS (
      SELECT id, min(step) AS step FROM (
        SELECT ${versionId}::text AS id, 0::bigint AS step
        UNION ALL
        SELECT CASE WHEN dir = 'up' THEN parent ELSE child END, step FROM steps
      ) r GROUP BY id
    ),
    -- A recursive CTE's row estimate is a guess (thousands), which would make the planner scan whole
    -- tables; OFFSET 0 keeps each LATERAL a primary-key lookup, so the cost follows the page's size.
    found AS MATERIALIZED (
      SELECT v.* FROM reached r CROSS JOIN LATERAL (
        SELECT v.id, v."modelId", v.version, v.stage FROM "ModelVersion" v WHERE v.id = r.id OFFSET 0) v
      WHERE r.step >= ${page.from}::int AND r.step < ${end}::int
    ),
    -- Each model once (a lineage has far fewer models than versions), as its compact JSON.
    models AS MATERIALIZED (
      SELECT m.* FROM (SELECT DISTINCT "modelId" FROM found) f CROSS JOIN LATERAL (
        SELECT m.id, m.kind, (SELECT to_json(x) FROM (SELECT m.id, m.slug, m.name) x) AS json
        FROM "Model" m WHERE m.id = f."modelId" OFFSET 0) m
    ),
    -- Each edge at the first step that took it (with a depth limit, a step can repeat an edge deeper).
    edges AS (
      SELECT parent, child, relation FROM steps GROUP BY parent, child, relation
      HAVING min(step) >= ${page.from}::int AND min(step) < ${end}::int
    )
    SELECT CASE WHEN EXISTS (SELECT 1 FROM "ModelVersion" WHERE id = ${versionId}) THEN json_build_object(
      'nodes', (SELECT coalesce(json_agg(n), '[]'::json) FROM (
                  SELECT f.id, m.json AS model, f.version, m.kind, f.stage FROM found f JOIN models m ON m.id = f."modelId") n),
      'edges', (SELECT coalesce(json_agg(x), '[]'::json) FROM (SELECT parent AS "from", child AS "to", relation FROM edges) x),
      'truncated', (SELECT count(*) FROM steps) >= ${end}::int,
      'nextCursor', CASE WHEN (SELECT count(*) FROM steps) >= ${end}::int THEN ${encodeLineageCursor(end)}::text END
    )::text END AS body
  `;
}
