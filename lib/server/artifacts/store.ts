import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, rmdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AppError, notFound } from "@/lib/errors";

export type ByteRange = { start: number; end: number };

export type StoredObject = { uri: string; sizeBytes: number; sha256: string };

export type PutOptions = {
  /** where the object lands, e.g. `<versionId>/<uuid>`: letters, digits, `_`, `-`, separated by `/` */
  key: string;
  /** refused with payload_too_large as soon as one byte more arrives */
  maxBytes: number;
  /** last word before the object becomes visible: throw to refuse it (nothing is left behind) */
  beforeCommit?: (object: { sizeBytes: number; sha256: string }) => void | Promise<void>;
};

/**
 * Where artifact bytes live. `put` hashes and counts while it streams, and an object only becomes
 * visible once it is complete and accepted, so a failed, refused or too-large upload leaves nothing.
 * An S3-compatible store implements the same three calls (multipart upload to a staging key, copy on
 * commit; `s3://bucket/key` URIs).
 */
export interface ArtifactStore {
  put(source: AsyncIterable<Uint8Array> | Readable, options: PutOptions): Promise<StoredObject>;
  /** The object's bytes, or the inclusive byte range of them asked for (an HTTP Range request). */
  open(uri: string, range?: ByteRange): Promise<{ stream: Readable; sizeBytes: number }>;
  delete(uri: string): Promise<void>;
}

const KEY = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/;
const SCHEME = "local://";

export const tooLarge = (maxBytes: number) =>
  new AppError(
    "payload_too_large",
    `The file is larger than the upload limit of ${maxBytes.toLocaleString("en")} bytes`,
  );

/**
 * A folder on local disk (`$DATA_DIR/artifacts`). Objects are per version, `<versionId>/<uuid>`, rather
 * than content-addressed: each artifact row owns exactly one file, so deleting one (a failed transaction,
 * an erasure, a version's removal) can never pull bytes from under another row, and no reference
 * counting or cross-request locking is needed. The price is a second copy when the same bytes are
 * uploaded to two versions; large shared weights are usually registered by reference anyway, and the
 * sha256 index finds duplicates if that ever matters. Staging files sit in `.staging/` on the same
 * file system, so the final rename is atomic.
 */
export class LocalFolderStore implements ArtifactStore {
  constructor(private readonly root: string) {}

  async put(
    source: AsyncIterable<Uint8Array> | Readable,
    { key, maxBytes, beforeCommit }: PutOptions,
  ): Promise<StoredObject> {
    const target = this.pathOf(key);
    const staging = path.join(this.root, ".staging");
    await mkdir(staging, { recursive: true });
    const temp = path.join(staging, `${randomUUID()}.part`);
    const hash = createHash("sha256");
    let sizeBytes = 0;
    const file = createWriteStream(temp, { flags: "wx", flush: true });
    try {
      await pipeline(
        source,
        async function* (chunks: AsyncIterable<Uint8Array>) {
          for await (const chunk of chunks) {
            sizeBytes += chunk.length;
            if (sizeBytes > maxBytes) throw tooLarge(maxBytes);
            hash.update(chunk);
            yield chunk;
          }
        },
        file,
      );
      const object = { sizeBytes, sha256: hash.digest("hex") };
      await beforeCommit?.(object);
      await mkdir(path.dirname(target), { recursive: true });
      await rename(temp, target);
      return { uri: SCHEME + key, ...object };
    } catch (error) {
      // A refusal can come before the file is even open: pipeline destroys the stream, which opens and
      // closes it later. Removing the file before then would leave it behind (seen as a stray .part).
      // (Not events.once: it rejects on the stream's own error event, which comes first.)
      if (!file.closed) await new Promise<void>((resolve) => file.once("close", () => resolve()));
      await rm(temp, { force: true });
      throw error;
    }
  }

  async open(uri: string, range?: ByteRange) {
    const file = this.pathOf(this.keyOf(uri));
    const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") throw notFound("The artifact's stored file");
      throw error;
    });
    return { stream: createReadStream(file, range), sizeBytes: info.size };
  }

  async delete(uri: string) {
    const file = this.pathOf(this.keyOf(uri));
    await rm(file, { force: true });
    // Tidy the version's folder once its last file is gone; a non-empty folder stays.
    await rmdir(path.dirname(file)).catch((error: NodeJS.ErrnoException) => {
      if (!["ENOTEMPTY", "EEXIST", "ENOENT"].includes(error.code ?? ""))
        console.warn(`[artifacts] could not remove ${path.dirname(file)}`, error);
    });
  }

  private keyOf(uri: string) {
    if (!uri.startsWith(SCHEME)) throw new Error(`Not a ${SCHEME} URI: ${uri}`);
    return uri.slice(SCHEME.length);
  }

  private pathOf(key: string) {
    // The pattern admits no dots, so no key can climb out of the root.
    if (!KEY.test(key)) throw new Error(`Invalid artifact key: ${key}`);
    return path.join(this.root, ...key.split("/"));
  }
}

/** The configured store; read per call so tests (and a changed DATA_DIR) need no restart. */
export function getArtifactStore(): ArtifactStore {
  return new LocalFolderStore(path.resolve(process.env.DATA_DIR ?? "data", "artifacts"));
}
