import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ArtifactView } from "@/lib/schemas/artifacts";

export const artifactSelect = {
  id: true,
  versionId: true,
  name: true,
  uri: true,
  sizeBytes: true,
  sha256: true,
  format: true,
  isReference: true,
  metadata: true,
  createdById: true,
  createdAt: true,
} satisfies Prisma.ArtifactSelect;

type ArtifactRow = Prisma.ArtifactGetPayload<{ select: typeof artifactSelect }>;

/** The API's shape: sizes as numbers (safe up to 8 PiB), ISO timestamps, a download link for stored bytes. */
export function toArtifactView(row: ArtifactRow): ArtifactView {
  return {
    ...row,
    sizeBytes: Number(row.sizeBytes),
    metadata: (row.metadata as Record<string, unknown> | null) ?? null,
    createdAt: row.createdAt.toISOString(),
    downloadUrl: row.isReference ? null : `/api/v1/artifacts/${encodeURIComponent(row.id)}/download`,
  };
}
