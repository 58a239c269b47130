import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { detectArtifactFormat } from "@/lib/formats/detect-format";
import { artifactReferenceSchema, type ArtifactView } from "@/lib/schemas/artifacts";
import { parseInput } from "@/lib/validation";
import { createArtifactRecord } from "./create-artifact-record";
import { getWritableVersionOrThrow, requireFreeArtifactName } from "./get-writable-version";

/**
 * POST /versions/{id}/artifacts as JSON: bytes that stay where they are (hf://, s3://, https://), with
 * the size and sha256 the caller vouches for. Nothing is fetched; the format comes from the name, else
 * from the URI's last part.
 */
export async function registerArtifactReference(
  principal: Principal,
  versionId: string,
  raw: unknown,
): Promise<ArtifactView> {
  requirePermission(principal, "versions.write");
  const input = parseInput(artifactReferenceSchema, raw);
  await getWritableVersionOrThrow(principal, versionId);
  await requireFreeArtifactName(versionId, input.name);
  const fromName = detectArtifactFormat(input.name);
  const format =
    input.format ?? (fromName !== "OTHER" ? fromName : detectArtifactFormat(new URL(input.uri).pathname));
  return createArtifactRecord(
    principal,
    {
      versionId,
      name: input.name,
      uri: input.uri,
      sizeBytes: input.sizeBytes,
      sha256: input.sha256,
      format,
      isReference: true,
      metadata: null,
    },
    "artifact.registered",
  );
}
