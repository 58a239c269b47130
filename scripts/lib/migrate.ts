/**
 * Applies the SQL files of prisma/migrations in order, each in its own transaction, and records them.
 * We run the committed SQL ourselves rather than `prisma migrate deploy`, whose adapter-pg path needs a
 * patched dependency (see docs/decisions/002-migrations.md). An advisory lock makes concurrent starts safe.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { installJobQueue } from "../../lib/server/jobs/install-job-queue";
import { encryptLegacyWebhookSecrets } from "../../lib/server/webhooks/encrypt-legacy-secrets";

export const MIGRATIONS_DIR = path.join(__dirname, "..", "..", "prisma", "migrations");
const LOCK_KEY = 727_001; // arbitrary, constant: one migrator at a time per database

export type Migration = { name: string; sql: string; checksum: string };

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/**
 * Returns the names of the migrations it applied. Refuses to run when an applied migration was edited.
 * Then installs or upgrades the job queue's own schema (pgboss) and seals any webhook secret still in
 * plain text, so every database it migrates (the app's, the tests', the benchmark's) is ready to run.
 */
export async function migrate(
  databaseUrl: string,
  log: (line: string) => void = () => {},
): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_migrations" (
      name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const applied = new Map(
      (
        await client.query<{ name: string; checksum: string }>('SELECT name, checksum FROM "_migrations"')
      ).rows.map((row) => [row.name, row.checksum]),
    );
    const done: string[] = [];
    for (const migration of listMigrations()) {
      const recorded = applied.get(migration.name);
      if (recorded) {
        if (recorded !== migration.checksum) {
          throw new Error(
            `migration ${migration.name} was edited after it was applied; add a new migration instead`,
          );
        }
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO "_migrations" (name, checksum) VALUES ($1, $2)', [
          migration.name,
          migration.checksum,
        ]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
      }
      log(`[db] applied migration ${migration.name}`);
      done.push(migration.name);
    }
    const sealed = await encryptLegacyWebhookSecrets(client);
    if (sealed > 0) log(`[db] encrypted ${sealed} webhook secret(s) stored before encryption`);
    await installJobQueue(databaseUrl);
    return done;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
