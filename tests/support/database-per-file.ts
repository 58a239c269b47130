/**
 * Runs before each integration test file, in its worker: copies the migrated template into a database
 * of this file's own and points DATABASE_URL (and so lib/server/db) at it.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { assertLocalDatabase, databasePrefix, templateName, withDatabase } from "./database-urls";

const adminUrl = inject("adminDatabaseUrl");
const runId = inject("testRunId");
assertLocalDatabase(adminUrl);
const name = `${databasePrefix(runId)}${randomBytes(6).toString("hex")}`;

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateName(runId)}`);
await admin.end();
process.env.DATABASE_URL = withDatabase(adminUrl, name);
// webhook secrets are encrypted with a key of the file's own, never one from the developer's data folder
process.env.WEBHOOK_SECRET_KEY ??= randomBytes(32).toString("hex");

afterAll(async () => {
  const { db } = await import("@/lib/server/db");
  await db.$disconnect();
  const cleanup = new pg.Client({ connectionString: adminUrl });
  await cleanup.connect();
  await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await cleanup.end();
});
