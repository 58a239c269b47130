import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { grantPassage } from "./embedded-postgres";

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("grantPassage", () => {
  it("lets others pass through a private folder above the target (o+x only) and leaves the rest", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "passage-")); // mode 700, as `mktemp -d` makes it
    made.push(root);
    const target = path.join(root, "project", "node_modules");
    mkdirSync(target, { recursive: true, mode: 0o755 });
    expect(statSync(root).mode & 0o777).toBe(0o700);

    expect(grantPassage(target)).toEqual([root]);
    expect(statSync(root).mode & 0o777).toBe(0o701);
    expect(statSync(target).mode & 0o777).toBe(0o755);
    expect(grantPassage(target)).toEqual([]);
  });
});
