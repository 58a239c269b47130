import "server-only";
import { createHash } from "node:crypto";
import { Zip, ZipDeflate } from "fflate";
import type { ManifestEntry } from "@/lib/evidence/package-files";

/** One file of the archive; its content is produced only when the reader gets to it. */
export type ZipPart = { path: string; content: () => AsyncIterable<Uint8Array> | Iterable<Uint8Array> };

const encoder = new TextEncoder();
export const utf8 = (text: string) => encoder.encode(text);

/**
 * A zip of the parts, then `manifest.json` listing each with its sha256 and size, as a pull stream:
 * the next part (and the next page of a part's rows) is produced only when the client has taken what
 * came before, so a long history never sits in memory whole. fflate's deflate runs synchronously, so
 * each chunk pushed in comes out compressed before the next is read.
 */
export function zipWithManifest(
  parts: AsyncIterable<ZipPart>,
  manifestPath: string,
): ReadableStream<Uint8Array> {
  const chunks = zipChunks(parts, manifestPath);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        console.error("[evidence] the package failed part-way", error);
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

async function* zipChunks(parts: AsyncIterable<ZipPart>, manifestPath: string): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else out.push(data);
  });
  function* drain() {
    if (failure) throw failure;
    while (out.length > 0) yield out.shift()!;
  }
  const manifest: ManifestEntry[] = [];
  const write = async function* (path: string, content: AsyncIterable<Uint8Array> | Iterable<Uint8Array>) {
    const entry = new ZipDeflate(path, { level: 6 });
    zip.add(entry);
    const hash = createHash("sha256");
    let bytes = 0;
    for await (const chunk of content) {
      hash.update(chunk);
      bytes += chunk.length;
      entry.push(chunk);
      yield* drain();
    }
    entry.push(new Uint8Array(0), true);
    yield* drain();
    return { path, sha256: hash.digest("hex"), bytes };
  };
  for await (const part of parts) manifest.push(yield* write(part.path, part.content()));
  yield* write(manifestPath, [utf8(JSON.stringify({ files: manifest }, null, 2))]);
  zip.end();
  yield* drain();
}
