/**
 * The key webhook secrets are encrypted with: `WEBHOOK_SECRET_KEY` (32 bytes, hex or base64), else a
 * key generated once into the data folder (`DATA_DIR/webhook-secret-key`, mode 0600), as the session
 * secret is. Back the key up with the database: without it, stored secrets cannot be read and each
 * webhook needs a new one. No "server-only": the migrator (scripts/lib/migrate.ts) uses it too.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseKey } from "../../webhooks/secret-box";

let cached: Buffer | null = null;

export function webhookSecretKey(): Buffer {
  if (cached) return cached;
  const fromEnv = process.env.WEBHOOK_SECRET_KEY;
  if (fromEnv) {
    const key = parseKey(fromEnv);
    if (!key) throw new Error("WEBHOOK_SECRET_KEY must be 32 bytes, written as 64 hex digits or in base64");
    return (cached = key);
  }
  // One resolve with the file's own name: a bare dynamic folder makes Next trace the whole project.
  const file = path.resolve(process.env.DATA_DIR ?? "data", "webhook-secret-key");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    // "wx": two processes starting at once cannot both write a key; the loser reads the winner's.
    try {
      writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  const key = parseKey(readFileSync(file, "utf8"));
  if (!key) throw new Error(`${file} does not hold a 32-byte key`);
  return (cached = key);
}
