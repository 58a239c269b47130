import "server-only";
import { AppError, notFound } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { getArtifactStore, type ByteRange } from "./store";

/**
 * GET /artifacts/{id}/download: the stored bytes of an uploaded artifact, with what a client needs to
 * check them; or the byte range asked for (`range`, already checked against the recorded size).
 */
export async function openArtifactDownload(artifactId: string, range?: ByteRange) {
  const artifact = await db.artifact.findUnique({
    where: { id: artifactId },
    select: { id: true, name: true, uri: true, sizeBytes: true, sha256: true, isReference: true },
  });
  if (!artifact) throw notFound("The artifact");
  if (artifact.isReference)
    throw new AppError(
      "not_found",
      `"${artifact.name}" is a reference: its bytes are at ${artifact.uri}, not here`,
    );
  const { stream, sizeBytes } = await getArtifactStore().open(artifact.uri, range);
  if (BigInt(sizeBytes) !== artifact.sizeBytes) {
    stream.destroy();
    // Never serve bytes that differ from what was recorded and audited.
    throw new Error(
      `Artifact ${artifact.id}: the stored file has ${sizeBytes} bytes, the record ${artifact.sizeBytes}`,
    );
  }
  return {
    stream,
    sizeBytes,
    fileName: artifact.name.split("/").pop() ?? artifact.name,
    sha256: artifact.sha256,
  };
}

/** Headers for a download: always an attachment of opaque bytes, whatever the name says. */
export function downloadHeaders(download: {
  sizeBytes: number;
  fileName: string;
  sha256: string;
}): HeadersInit {
  const ascii = download.fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return {
    "content-type": "application/octet-stream",
    "content-length": String(download.sizeBytes),
    "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(download.fileName)}`,
    "x-content-type-options": "nosniff",
    etag: `"${download.sha256}"`,
    "repr-digest": `sha-256=:${Buffer.from(download.sha256, "hex").toString("base64")}:`,
  };
}
