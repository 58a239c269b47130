import "server-only";
import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { validationError } from "@/lib/errors";
import { detectArtifactFormat } from "@/lib/formats/detect-format";
import { artifactUploadFieldsSchema, type ArtifactView } from "@/lib/schemas/artifacts";
import { parseInput } from "@/lib/validation";
import { createArtifactRecord } from "./create-artifact-record";
import { getWritableVersionOrThrow, requireFreeArtifactName } from "./get-writable-version";
import { inspectorFor, type ArtifactInspector } from "./inspect-artifact";
import { readMultipart } from "./read-multipart";
import { getArtifactStore, tooLarge } from "./store";
import { maxUploadBytes, MULTIPART_ALLOWANCE_BYTES } from "./upload-limits";

export type UploadRequest = {
  /** the request's Content-Type, boundary included */
  contentType: string | null;
  /** the request's Content-Length when the client sent one */
  contentLength: number | null;
  body: ReadableStream<Uint8Array> | null;
};

/** Name and format from the fields (or the file's own name), validated like every other input. */
function targetOf(fields: Record<string, string>, fileName: string) {
  const input = parseInput(artifactUploadFieldsSchema, {
    name: fields.name ?? (fileName || undefined),
    format: fields.format,
  });
  if (!input.name) throw validationError({ name: "Required: send a `name` field, or a file with a name" });
  return { name: input.name, format: input.format ?? detectArtifactFormat(input.name) };
}

async function* inspected(stream: Readable, inspector: ArtifactInspector) {
  for await (const chunk of stream) {
    inspector.push(chunk);
    yield chunk as Uint8Array;
  }
}

/**
 * POST /versions/{id}/artifacts as multipart/form-data: the field `file` (optional `name`, `format`
 * fields, sent before it). The version is checked before a byte is read, so a refused upload costs the
 * client nothing; then the file streams through its parser into the store, with sha256 and size
 * computed on the way, and a file refused for any reason (too large, not what its name says, a name
 * taken meanwhile) leaves neither bytes nor a row.
 */
export async function uploadArtifact(
  principal: Principal,
  versionId: string,
  request: UploadRequest,
): Promise<ArtifactView> {
  requirePermission(principal, "versions.write");
  const contentType = request.contentType ?? "";
  if (!/^multipart\/form-data\b/i.test(contentType) || !request.body) {
    throw validationError({ file: "Send the file as multipart/form-data, in the field `file`" });
  }
  const maxBytes = maxUploadBytes();
  if (request.contentLength !== null && request.contentLength > maxBytes + MULTIPART_ALLOWANCE_BYTES)
    throw tooLarge(maxBytes);
  await getWritableVersionOrThrow(principal, versionId);

  const store = getArtifactStore();
  const { fields, file } = await readMultipart(
    request.body,
    contentType,
    async (incoming, fieldsSoFar) => {
      const target = targetOf(fieldsSoFar, incoming.fileName);
      await requireFreeArtifactName(versionId, target.name);
      const inspector = inspectorFor(target.format);
      const inspection: { metadata: Record<string, unknown> | null } = { metadata: null };
      const stored = await store.put(inspected(incoming.stream, inspector), {
        key: `${versionId}/${randomUUID()}`,
        maxBytes,
        beforeCommit: ({ sizeBytes }) => {
          inspection.metadata = inspector.finish(sizeBytes);
        },
      });
      return { ...target, ...stored, metadata: inspection.metadata, fileName: incoming.fileName };
    },
    (stored) => store.delete(stored.uri),
  );
  if (!file) throw validationError({ file: "Required: send the file in the multipart field `file`" });

  try {
    // Fields may also arrive after the file; they may rename it, but not change how it was read.
    const target = targetOf(fields, file.fileName);
    if (target.format !== file.format) {
      throw validationError({
        format: `Send \`name\` and \`format\` before \`file\`: the file was read as ${file.format}`,
      });
    }
    const { uri, sizeBytes, sha256, metadata } = file;
    return await createArtifactRecord(
      principal,
      { versionId, ...target, uri, sizeBytes, sha256, isReference: false, metadata },
      "artifact.uploaded",
    );
  } catch (error) {
    await store.delete(file.uri);
    throw error;
  }
}
