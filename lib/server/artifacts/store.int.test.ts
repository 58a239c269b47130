import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { LocalFolderStore } from "./store";

const root = () => mkdtempSync(path.join(os.tmpdir(), "registry-store-"));
const chunks = (...parts: string[]) => Readable.from(parts.map((part) => Buffer.from(part)));
const tree = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);

describe("LocalFolderStore", () => {
  it("stores under the key, hashing and counting as it streams, and reads back", async () => {
    const store = new LocalFolderStore(root());
    const stored = await store.put(chunks("hello ", "world"), { key: "version-1/object-1", maxBytes: 100 });
    expect(stored).toEqual({
      uri: "local://version-1/object-1",
      sizeBytes: 11,
      sha256: createHash("sha256").update("hello world").digest("hex"),
    });
    const { stream, sizeBytes } = await store.open(stored.uri);
    expect(sizeBytes).toBe(11);
    expect(Buffer.concat(await stream.toArray()).toString()).toBe("hello world");
  });

  it("leaves nothing when the limit is passed or beforeCommit refuses", async () => {
    const dir = root();
    const store = new LocalFolderStore(dir);
    await expect(store.put(chunks("12345", "67890"), { key: "v/a", maxBytes: 9 })).rejects.toMatchObject({
      code: "payload_too_large",
    });
    const refusal = new AppError("validation_failed", "not what it claims");
    await expect(
      store.put(chunks("abc"), { key: "v/b", maxBytes: 9, beforeCommit: () => Promise.reject(refusal) }),
    ).rejects.toBe(refusal);
    expect(tree(dir)).toEqual([]);
  });

  it("leaves nothing when the source fails before the staging file is even open", async () => {
    const dir = root();
    const store = new LocalFolderStore(dir);
    const broken = async function* () {
      throw new Error("the client went away");
    };
    // The open of the staging file is still in flight when the source fails: repeat to catch the race.
    for (let attempt = 0; attempt < 20; attempt++)
      await expect(store.put(broken(), { key: `v/c${attempt}`, maxBytes: 9 })).rejects.toThrow(/went away/);
    expect(tree(dir)).toEqual([]);
  });

  it("refuses keys and URIs that could leave its folder", async () => {
    const store = new LocalFolderStore(root());
    await expect(store.put(chunks("x"), { key: "../outside", maxBytes: 9 })).rejects.toThrow(
      /Invalid artifact key/,
    );
    await expect(store.open("local://v/../../etc/passwd")).rejects.toThrow(/Invalid artifact key/);
    await expect(store.open("s3://bucket/key")).rejects.toThrow(/Not a local:\/\/ URI/);
  });

  it("deletes, tidies the empty folder, and answers 404 for what is gone", async () => {
    const dir = root();
    const store = new LocalFolderStore(dir);
    const stored = await store.put(chunks("x"), { key: "v2/a", maxBytes: 9 });
    await store.delete(stored.uri);
    expect(readdirSync(dir)).toEqual([".staging"]);
    await expect(store.open(stored.uri)).rejects.toMatchObject({ code: "not_found" });
  });
});
