/**
 * A database of the benchmark's own, recreated on every run: `BENCH_DATABASE_URL` (its database name
 * must contain "bench", since it is dropped), or `registry_bench` on an embedded PostgreSQL in a
 * temporary folder that is deleted afterwards.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/embedded-postgres";
import { migrate } from "../lib/migrate";

export type BenchDatabase = { url: string; dataDir: string; stop: () => Promise<void> };

async function recreate(url: string) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name.includes("bench"))
    throw new Error(`refusing to drop "${name}": the benchmark database's name must contain "bench"`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

export async function openBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "registry-bench-"));
  let url = process.env.BENCH_DATABASE_URL;
  let stopServer = async () => {};
  if (!url) {
    const running = await startEmbeddedPostgres(dataDir, { persistent: false, log });
    const parsed = new URL(running.url);
    parsed.pathname = "/registry_bench";
    url = parsed.toString();
    stopServer = running.stop;
  }
  await recreate(url);
  await migrate(url, () => {});
  return {
    url,
    dataDir,
    stop: async () => {
      await stopServer();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
