/**
 * Whether the production build in `.next` is older than what it was built from. `npm start` serves a
 * build and answers the API from source (scripts/lib/api-server.ts), so after a pull a stale build's
 * pages would run against a newer database schema (a function a migration dropped, say) while the API
 * does not: the build is made again instead.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** What a build is made from, relative to the project root: folders are walked, files compared. */
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "prisma/schema",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const NOT_BUILT = /\.(test|spec|int\.test)\.tsx?$/;

/** The first build input changed after the build (relative path), or null when the build is current. */
export function newerThanBuild(root: string): string | null {
  let builtAt: number;
  try {
    builtAt = statSync(path.join(root, ".next", "BUILD_ID")).mtimeMs;
  } catch {
    return null;
  }
  const walk = (relative: string): string | null => {
    const full = path.join(root, relative);
    let stat;
    try {
      stat = statSync(full);
    } catch {
      return null;
    }
    if (!stat.isDirectory()) return !NOT_BUILT.test(relative) && stat.mtimeMs > builtAt ? relative : null;
    for (const entry of readdirSync(full)) {
      const found = walk(path.join(relative, entry));
      if (found) return found;
    }
    return null;
  };
  for (const input of BUILD_INPUTS) {
    const found = walk(input);
    if (found) return found;
  }
  return null;
}
