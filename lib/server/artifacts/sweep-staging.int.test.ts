import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sweepStagingFiles } from "./sweep-staging";

describe("sweepStagingFiles", () => {
  it("removes staging files a crash left (older than a day), and nothing else", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "artifacts-"));
    const staging = path.join(root, ".staging");
    mkdirSync(staging);
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    for (const name of ["crashed-1.part", "crashed-2.part", "keep.txt"]) {
      writeFileSync(path.join(staging, name), "x");
      utimesSync(path.join(staging, name), twoDaysAgo, twoDaysAgo);
    }
    writeFileSync(path.join(staging, "uploading-now.part"), "x");

    expect(await sweepStagingFiles(root)).toBe(2);
    expect(readdirSync(staging).sort()).toEqual(["keep.txt", "uploading-now.part"]);
    expect(await sweepStagingFiles(path.join(root, "no-such-folder"))).toBe(0);
  });
});
