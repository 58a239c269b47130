/**
 * The committed migrations, applied to an empty database, must give exactly the schema that
 * prisma/schema describes. We compare catalogs: one database migrated by our runner (this file's own),
 * one built from `prisma migrate diff --from-empty` (the schema's own SQL).
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { databasePrefix, withDatabase } from "../support/database-urls";

const root = path.resolve(import.meta.dirname, "..", "..");
const adminUrl = inject("adminDatabaseUrl");
const fromSchemaDb = `${databasePrefix(inject("testRunId"))}schema`;

/**
 * Indexes the migrations add by hand because Prisma's schema language cannot say them (partial unique
 * indexes that hold an invariant); each is named in a comment of the schema file it belongs to.
 */
const HAND_WRITTEN_INDEXES: Record<string, string> = {
  PromotionRequest_one_pending_per_target:
    'CREATE UNIQUE INDEX "PromotionRequest_one_pending_per_target" ON public."PromotionRequest" USING btree ("versionId", "toStage") WHERE (status = \'PENDING\'::"PromotionStatus")',
  Alert_one_open_per_subject:
    'CREATE UNIQUE INDEX "Alert_one_open_per_subject" ON public."Alert" USING btree ("versionId", rule, feature) NULLS NOT DISTINCT WHERE (status <> \'RESOLVED\'::"AlertStatus")',
  // covering indexes (INCLUDE), which Prisma's schema cannot say: the lineage walk and the dataset
  // impact query read the edge or usage from the index alone
  DatasetUsage_datasetVersionId_role_idx:
    'CREATE INDEX "DatasetUsage_datasetVersionId_role_idx" ON public."DatasetUsage" USING btree ("datasetVersionId", role) INCLUDE ("modelVersionId")',
  LineageEdge_childId_idx:
    'CREATE INDEX "LineageEdge_childId_idx" ON public."LineageEdge" USING btree ("childId") INCLUDE ("parentId", relation)',
  LineageEdge_parentId_childId_key:
    'CREATE UNIQUE INDEX "LineageEdge_parentId_childId_key" ON public."LineageEdge" USING btree ("parentId", "childId") INCLUDE (relation)',
  // MLflow's `name LIKE 'prefix%'` searches, in any collation (an operator class Prisma cannot say)
  Model_name_pattern_idx:
    'CREATE INDEX "Model_name_pattern_idx" ON public."Model" USING btree (name text_pattern_ops)',
};

const CATALOG_QUERIES: Record<string, string> = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_migrations'
            ORDER BY table_name, column_name`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '_migrations' ORDER BY tablename, indexname`,
  constraints: `SELECT conrelid::regclass::text AS table, conname, pg_get_constraintdef(oid) AS definition
                FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"_migrations"'
                AND conrelid::regclass::text <> '_migrations' ORDER BY 1, 2`,
  // public only: the job queue keeps its own enum in its own schema (pgboss)
  enums: `SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
          WHERE t.typnamespace = 'public'::regnamespace ORDER BY t.typname, e.enumsortorder`,
};

async function catalog(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result: Record<string, unknown[]> = {};
    for (const [name, sql] of Object.entries(CATALOG_QUERIES)) result[name] = (await client.query(sql)).rows;
    return result;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${fromSchemaDb} WITH (FORCE)`);
  await admin.end();
});

describe("migrations", () => {
  it("produce exactly the schema that prisma/schema describes", async () => {
    const sql = execFileSync(
      path.join(root, "node_modules", ".bin", "prisma"),
      ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema", "--script"],
      {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, DATABASE_URL: withDatabase(adminUrl, "postgres") },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${fromSchemaDb}`);
    await admin.end();
    const target = new pg.Client({ connectionString: withDatabase(adminUrl, fromSchemaDb) });
    await target.connect();
    await target.query(sql);
    await target.end();

    const migrated = await catalog(process.env.DATABASE_URL!);
    const described = await catalog(withDatabase(adminUrl, fromSchemaDb));
    expect((migrated.columns as unknown[]).length).toBeGreaterThan(100);
    // The hand-written indexes must exist exactly as written, and nothing else may differ.
    const handWritten = (migrated.indexes as { indexname: string; indexdef: string }[]).filter(
      (index) => index.indexname in HAND_WRITTEN_INDEXES,
    );
    expect(Object.fromEntries(handWritten.map((i) => [i.indexname, i.indexdef]))).toEqual(
      HAND_WRITTEN_INDEXES,
    );
    // Prisma describes the covering ones without their INCLUDE: compared above, left out here on both sides
    const others = (indexes: unknown) =>
      (indexes as { indexname: string }[]).filter((index) => !(index.indexname in HAND_WRITTEN_INDEXES));
    migrated.indexes = others(migrated.indexes);
    described.indexes = others(described.indexes);
    expect(migrated).toEqual(described);
  }, 120_000);
});
