import { describe, expect, it } from "vitest";
import { MULTIPART_TYPE as CONTENT_TYPE, multipartChunks } from "@/tests/support/registry-factories";
import { readMultipart, type IncomingFile } from "./read-multipart";

type Part = { name: string; value: string; fileName?: string };

// One chunk, as a fast client's small request arrives: the parser sees every part in one write.
const multipart = (parts: Part[]) => {
  const encoded = parts.map(({ name, value, fileName }) =>
    fileName ? { name, fileName, data: encoder.encode(value) } : { name, value },
  );
  const body = Buffer.concat([...multipartChunks(encoded)]);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(body);
      controller.close();
    },
  });
};
const encoder = new TextEncoder();

/** An onFile that "stores" the file and a discard that removes it, both recorded. */
function recordingStore() {
  const stored = new Set<string>();
  const started: string[] = [];
  const onFile = async (file: IncomingFile) => {
    started.push(file.fileName);
    const chunks: Buffer[] = [];
    for await (const chunk of file.stream) chunks.push(chunk as Buffer);
    stored.add(file.fileName);
    return { fileName: file.fileName, bytes: Buffer.concat(chunks).length };
  };
  const discard = async (file: { fileName: string }) => {
    stored.delete(file.fileName);
  };
  return { stored, started, onFile, discard };
}

describe("readMultipart", () => {
  it("reads the fields and hands the file over", async () => {
    const { stored, onFile, discard } = recordingStore();
    const result = await readMultipart(
      multipart([
        { name: "name", value: "weights.bin" },
        { name: "file", value: "0123456789", fileName: "w.bin" },
      ]),
      CONTENT_TYPE,
      onFile,
      discard,
    );
    expect(result).toEqual({ fields: { name: "weights.bin" }, file: { fileName: "w.bin", bytes: 10 } });
    expect([...stored]).toEqual(["w.bin"]);
  });

  it("does not start storing a file that comes after a refused field", async () => {
    const { stored, started, onFile, discard } = recordingStore();
    await expect(
      readMultipart(
        multipart([
          { name: "name", value: "x".repeat(5000) },
          { name: "file", value: "small", fileName: "w.bin" },
        ]),
        CONTENT_TYPE,
        onFile,
        discard,
      ),
    ).rejects.toMatchObject({ code: "validation_failed", fields: { name: "At most 4096 characters" } });
    expect(started).toEqual([]);
    expect([...stored]).toEqual([]);
  });

  it("discards a stored file when a refused field comes after it", async () => {
    const { stored, onFile, discard } = recordingStore();
    await expect(
      readMultipart(
        multipart([
          { name: "file", value: "small", fileName: "w.bin" },
          { name: "format", value: "y".repeat(5000) },
        ]),
        CONTENT_TYPE,
        onFile,
        discard,
      ),
    ).rejects.toMatchObject({ code: "validation_failed", fields: { format: "At most 4096 characters" } });
    expect([...stored]).toEqual([]);
  });
});
