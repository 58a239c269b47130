import "server-only";
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";

const DAY_MS = 86_400_000;
/** How often the launcher sweeps while the app runs. */
export const STAGING_SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Removes upload staging files (`<artifacts>/.staging/*.part`) older than a day. A finished upload
 * renames its file out of staging and a failed one removes it, so what is left is what a crash (a
 * killed process, a lost disk) left behind. A day is far longer than any upload runs, so a file still
 * being written is never touched. Returns how many were removed.
 */
export async function sweepStagingFiles(
  artifactsRoot: string,
  { olderThanMs = DAY_MS, now = Date.now() }: { olderThanMs?: number; now?: number } = {},
): Promise<number> {
  const staging = path.join(artifactsRoot, ".staging");
  const names = await readdir(staging).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [] as string[];
    throw error;
  });
  let removed = 0;
  for (const name of names) {
    if (!name.endsWith(".part")) continue;
    const file = path.join(staging, name);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile() || now - info.mtimeMs < olderThanMs) continue;
    await rm(file, { force: true });
    removed += 1;
  }
  return removed;
}
