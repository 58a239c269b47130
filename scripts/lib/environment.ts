/**
 * Resolves the database and secrets the same way for the launcher, the CLI and db scripts:
 * DATABASE_URL when given, else the embedded PostgreSQL of the data folder.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type RunningDatabase } from "./embedded-postgres";

export const PROJECT_ROOT = path.join(__dirname, "..", "..");
export const dataDir = () => path.resolve(PROJECT_ROOT, process.env.DATA_DIR ?? "data");

export async function resolveDatabase(
  log: (line: string) => void,
): Promise<RunningDatabase & { embedded: boolean }> {
  if (process.env.DATABASE_URL) {
    return {
      url: process.env.DATABASE_URL,
      port: 0,
      startedHere: false,
      stop: async () => {},
      embedded: false,
    };
  }
  const running = await startEmbeddedPostgres(path.join(dataDir()), { log });
  return { ...running, embedded: true };
}

/** NEXTAUTH_SECRET, or one generated once and kept in the data folder so sessions survive restarts. */
export function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dataDir(), "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir(), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
