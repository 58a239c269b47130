import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { newerThanBuild } from "./build-freshness";

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(files: Record<string, number>, builtAt: number | null) {
  const root = mkdtempSync(path.join(os.tmpdir(), "build-freshness-"));
  made.push(root);
  const write = (relative: string, at: number) => {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), "x");
    utimesSync(path.join(root, relative), at, at);
  };
  for (const [relative, at] of Object.entries(files)) write(relative, at);
  if (builtAt !== null) write(".next/BUILD_ID", builtAt);
  return root;
}

describe("newerThanBuild", () => {
  it("names a source changed after the build", () => {
    const root = project({ "app/page.tsx": 100, "lib/server/db.ts": 300, "next.config.ts": 100 }, 200);
    expect(newerThanBuild(root)).toBe(path.join("lib", "server", "db.ts"));
  });

  it("finds nothing when the build is newer than every input, or there is no build to judge", () => {
    expect(newerThanBuild(project({ "app/page.tsx": 100, "lib/x.ts": 150 }, 200))).toBeNull();
    expect(newerThanBuild(project({ "app/page.tsx": 300 }, null))).toBeNull();
  });

  it("ignores tests and what lies outside the build's inputs", () => {
    const root = project(
      { "lib/x.int.test.ts": 300, "components/y.test.tsx": 300, "e2e/z.spec.ts": 300, "docs/a.md": 300 },
      200,
    );
    expect(newerThanBuild(root)).toBeNull();
  });
});
