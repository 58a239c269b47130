/**
 * Once per integration run: a PostgreSQL of the tests' own (a throwaway embedded cluster, or the server
 * of TEST_DATABASE_URL, local only), and a template database with every migration applied.
 * Each test file then gets a fresh copy of the template (tests/support/database-per-file.ts).
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { migrate } from "../../scripts/lib/migrate";
import { assertLocalDatabase, databasePrefix, templateName, withDatabase } from "./database-urls";

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    /** every database of this run is named `registry_test_<runId>_...`, so teardown drops only its own */
    testRunId: string;
  }
}

export default async function setup(project: TestProject) {
  let adminUrl: string;
  let stop = async () => {};
  if (process.env.TEST_DATABASE_URL) {
    assertLocalDatabase(process.env.TEST_DATABASE_URL);
    adminUrl = process.env.TEST_DATABASE_URL;
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), "registry-test-pg-"));
    const running = await startEmbeddedPostgres(dir, { persistent: false, log: () => {} });
    adminUrl = withDatabase(running.url, "postgres");
    stop = async () => {
      await running.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }

  // Two runs may share one server (TEST_DATABASE_URL): each names, and later drops, only its own databases.
  const runId = randomBytes(4).toString("hex");
  const template = templateName(runId);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  await migrate(withDatabase(adminUrl, template));

  project.provide("adminDatabaseUrl", adminUrl);
  project.provide("testRunId", runId);
  return async () => {
    const cleanup = new pg.Client({ connectionString: adminUrl });
    await cleanup.connect();
    const leftovers = await cleanup.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1",
      [`${databasePrefix(runId)}%`],
    );
    for (const { datname } of leftovers.rows)
      await cleanup.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await cleanup.end();
    await stop();
  };
}
