/**
 * Scale data for the benchmark, in bulk SQL (INSERT ... SELECT generate_series): 100,000 versions and
 * 300,000 lineage edges, plus the team, user, token, models and datasets they need.
 *
 * - One tree of 10,000 versions (levels 0..20, so chains 20 deep): level L holds about 48 * L versions,
 *   each hanging from a version of level L - 1. Wide near the root, chain-like near the leaves.
 * - 4,500 chains of 20 versions (90,000), each one model's versions 1..20; every version below the first
 *   also merges parents from neighbouring chains one level up (that is where most of the 300,000 edges
 *   come from), so this part is a dense DAG full of diamonds. Every edge goes one level down: acyclic.
 * - 200 datasets x 5 versions; every version trains on one of them (and a third also validate on one),
 *   about 133,000 usages. Dataset 0 (`bench-impact`) is used only by 96 versions of the tree at level 8,
 *   so its impact (those plus their descendants) is a realistic few thousand versions.
 * Ids look like cuids (a letter and 24 hex digits) so index behaviour matches real data.
 */
import pg from "pg";

export const TREE_SIZE = 10_000;
export const VERSIONS = 100_000;
export const EDGES = 300_000;
const TREE_DEPTH = 20;
const CHAIN_LENGTH = 20;
const CHAINS = (VERSIONS - TREE_SIZE) / CHAIN_LENGTH;
const MERGE_OFFSETS = [1, 7];
const LAST_LEVEL = TREE_SIZE - 1 - (48 * ((TREE_DEPTH - 1) * TREE_DEPTH)) / 2;

export type ScaleFixture = {
  treeRootId: string;
  treeMidId: string;
  treeLeafId: string;
  dagLeafId: string;
  impactDatasetId: string;
  impactDatasetVersionId: string;
};

const statements = (user: { id: string; tokenHash: string; tokenPrefix: string }) => [
  `CREATE FUNCTION pg_temp.vid(n int) RETURNS text IMMUTABLE LANGUAGE sql AS $$ SELECT 'v' || substr(md5('bench-v' || n), 1, 24) $$`,
  `CREATE FUNCTION pg_temp.mid(n int) RETURNS text IMMUTABLE LANGUAGE sql AS $$ SELECT 'm' || substr(md5('bench-m' || n), 1, 24) $$`,
  `CREATE FUNCTION pg_temp.dvid(n int) RETURNS text IMMUTABLE LANGUAGE sql AS $$ SELECT 'w' || substr(md5('bench-dv' || n), 1, 24) $$`,
  `INSERT INTO "Team" (id, slug, name) VALUES ('bench-team', 'bench', 'Bench')`,
  `INSERT INTO "User" (id, email, name, roles, "updatedAt") VALUES ('${user.id}', 'bench@bench.local', 'Bench', '{DATA_SCIENTIST}', now())`,
  `INSERT INTO "TeamMembership" ("userId", "teamId") VALUES ('${user.id}', 'bench-team')`,
  `INSERT INTO "ApiToken" (id, "userId", name, "tokenHash", prefix, scopes, "expiresAt")
   VALUES ('bench-token', '${user.id}', 'bench', '${user.tokenHash}', '${user.tokenPrefix}', '{read,write}', now() + interval '1 day')`,
  // Tree levels: (level, size, first index).
  `CREATE TEMP TABLE tree_level AS
   SELECT level, size, (sum(size) OVER (ORDER BY level) - size)::int AS start
   FROM (SELECT level, CASE WHEN level = 0 THEN 1 WHEN level < ${TREE_DEPTH} THEN 48 * level ELSE ${LAST_LEVEL} END AS size
         FROM generate_series(0, ${TREE_DEPTH}) level) s`,
  // Every version: index n, model index, version number, level, and (tree only) the parent index.
  `CREATE TEMP TABLE node AS
   SELECT l.start + j AS n, (l.start + j) / 20 AS model_n, (l.start + j) % 20 + 1 AS version, l.level,
          CASE WHEN l.level > 0 THEN p.start + (j * p.size) / l.size END AS parent_n
   FROM tree_level l CROSS JOIN LATERAL generate_series(0, l.size - 1) j LEFT JOIN tree_level p ON p.level = l.level - 1
   UNION ALL
   SELECT ${TREE_SIZE} + c * ${CHAIN_LENGTH} + lv, ${TREE_SIZE / 20} + c, lv + 1, lv, NULL
   FROM generate_series(0, ${CHAINS - 1}) c, generate_series(0, ${CHAIN_LENGTH - 1}) lv`,
  `INSERT INTO "Model" (id, slug, name, kind, "teamId", "createdById", "updatedAt")
   SELECT pg_temp.mid(m), 'bench-model-' || m, 'Bench model ' || m,
          (CASE WHEN m = 0 OR m % 50 = 1 THEN 'BASE' ELSE (ARRAY['FINE_TUNED','ADAPTER','MERGED','QUANTIZED'])[m % 4 + 1] END)::"ModelKind",
          'bench-team', '${user.id}', now()
   FROM generate_series(0, ${TREE_SIZE / 20 + CHAINS - 1}) m`,
  `INSERT INTO "ModelVersion" (id, "modelId", version, stage, tags, "adapterTargetModules", "createdById", "createdAt", "updatedAt")
   SELECT pg_temp.vid(n), pg_temp.mid(model_n), version,
          (ARRAY['DEVELOPMENT','DEVELOPMENT','DEVELOPMENT','STAGING','PRODUCTION','ARCHIVED'])[n % 6 + 1]::"Stage",
          '{}', '{}', '${user.id}', now() - (${VERSIONS} - n) * interval '1 minute', now()
   FROM node`,
  // Tree edges.
  `INSERT INTO "LineageEdge" (id, "parentId", "childId", relation)
   SELECT 'e' || substr(md5('t' || n), 1, 24), pg_temp.vid(parent_n), pg_temp.vid(n),
          (ARRAY['FINETUNED_FROM','ADAPTER_OF','QUANTIZED_FROM','DISTILLED_FROM'])[n % 4 + 1]::"LineageRelation"
   FROM node WHERE parent_n IS NOT NULL`,
  // Chain edges and merges from neighbouring chains, one level up.
  `INSERT INTO "LineageEdge" (id, "parentId", "childId", relation)
   SELECT 'e' || substr(md5('c' || c || '-' || lv || '-' || k), 1, 24),
          pg_temp.vid(${TREE_SIZE} + ((c + k) % ${CHAINS}) * ${CHAIN_LENGTH} + lv - 1),
          pg_temp.vid(${TREE_SIZE} + c * ${CHAIN_LENGTH} + lv),
          (CASE WHEN k = 0 THEN 'FINETUNED_FROM' ELSE 'MERGED_FROM' END)::"LineageRelation"
   FROM generate_series(0, ${CHAINS - 1}) c, generate_series(1, ${CHAIN_LENGTH - 1}) lv, unnest(ARRAY[0, ${MERGE_OFFSETS.join(", ")}]) k`,
  // A third merge parent for the first versions in order, up to exactly ${EDGES} edges.
  `INSERT INTO "LineageEdge" (id, "parentId", "childId", relation)
   SELECT 'e' || substr(md5('x' || i), 1, 24),
          pg_temp.vid(${TREE_SIZE} + ((i / ${CHAIN_LENGTH - 1} + 31) % ${CHAINS}) * ${CHAIN_LENGTH} + i % ${CHAIN_LENGTH - 1}),
          pg_temp.vid(${TREE_SIZE} + (i / ${CHAIN_LENGTH - 1}) * ${CHAIN_LENGTH} + i % ${CHAIN_LENGTH - 1} + 1),
          'MERGED_FROM'
   FROM generate_series(0, ${EDGES} - (SELECT count(*)::int FROM "LineageEdge") - 1) i`,
  `INSERT INTO "Dataset" (id, slug, name, source, license, "teamId", "createdById", "updatedAt")
   SELECT 'd' || substr(md5('bench-d' || d), 1, 24), CASE WHEN d = 0 THEN 'bench-impact' ELSE 'bench-dataset-' || d END,
          'Bench dataset ' || d, 'bench', 'CC-BY-4.0', 'bench-team', '${user.id}', now()
   FROM generate_series(0, 199) d`,
  `INSERT INTO "DatasetVersion" (id, "datasetId", version, "containsPersonalData", "personalDataCategories", "createdById")
   SELECT pg_temp.dvid(i), 'd' || substr(md5('bench-d' || (i / 5)), 1, 24), i % 5 + 1, i % 3 = 0, '{}', '${user.id}'
   FROM generate_series(0, 999) i`,
  // Everyone trains on datasets 1..199 (dataset versions 5..999); a third also validate on one.
  `INSERT INTO "DatasetUsage" (id, "modelVersionId", "datasetVersionId", role)
   SELECT 'u' || substr(md5('u' || n || r), 1, 24), pg_temp.vid(n), pg_temp.dvid(5 + (n * 7 + k::int) % 995), r::"DatasetRole"
   FROM node, unnest(ARRAY['TRAIN', 'VALIDATION']) WITH ORDINALITY AS u(r, k) WHERE r = 'TRAIN' OR n % 3 = 0`,
  `INSERT INTO "DatasetUsage" (id, "modelVersionId", "datasetVersionId", role)
   SELECT 'u' || substr(md5('i' || n), 1, 24), pg_temp.vid(n), pg_temp.dvid((n / 4) % 5), 'TRAIN'
   FROM node WHERE level = 8 AND n < ${TREE_SIZE} AND n % 4 = 0`,
  // As a database that has held these rows for a while would be: without it, autovacuum starts on the
  // fresh tables during the first measurements, and index-only scans wait for the visibility map it sets.
  `VACUUM (ANALYZE)`,
];

/** Seeds an empty, migrated database. Returns the ids the measurements start from. */
export async function seedScale(
  databaseUrl: string,
  user: { id: string; tokenHash: string; tokenPrefix: string },
  log = console.error,
): Promise<ScaleFixture> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const startedAt = Date.now();
    for (const sql of statements(user)) {
      const t = Date.now();
      const result = await client.query(sql);
      log(
        `[seed] ${sql.trim().split("\n")[0]!.slice(0, 70).padEnd(70)} ${String(result.rowCount ?? "").padStart(7)} rows ${Date.now() - t} ms`,
      );
    }
    const ids = await client.query<Record<keyof ScaleFixture, string>>(`
      SELECT pg_temp.vid(0) AS "treeRootId",
             pg_temp.vid((SELECT start FROM tree_level WHERE level = 10)) AS "treeMidId",
             pg_temp.vid((SELECT start FROM tree_level WHERE level = ${TREE_DEPTH})) AS "treeLeafId",
             pg_temp.vid(${TREE_SIZE + CHAIN_LENGTH - 1}) AS "dagLeafId",
             'd' || substr(md5('bench-d0'), 1, 24) AS "impactDatasetId",
             pg_temp.dvid(0) AS "impactDatasetVersionId"`);
    const counts = await client.query<{ versions: string; edges: string; usages: string }>(
      `SELECT (SELECT count(*) FROM "ModelVersion") AS versions, (SELECT count(*) FROM "LineageEdge") AS edges, (SELECT count(*) FROM "DatasetUsage") AS usages`,
    );
    const c = counts.rows[0]!;
    log(
      `[seed] ${c.versions} versions, ${c.edges} edges, ${c.usages} dataset usages in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
    );
    return ids.rows[0]!;
  } finally {
    await client.end();
  }
}
