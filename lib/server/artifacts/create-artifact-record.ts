import "server-only";
import { Prisma, type ArtifactFormat } from "@/generated/prisma/client";
import type { Principal } from "@/lib/auth/permissions";
import { conflict } from "@/lib/errors";
import type { ArtifactView } from "@/lib/schemas/artifacts";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db";
import { artifactSelect, toArtifactView } from "./artifact-view";
import { getWritableVersionOrThrow, requireFreeArtifactName } from "./get-writable-version";

export type NewArtifact = {
  versionId: string;
  name: string;
  uri: string;
  sizeBytes: number;
  sha256: string;
  format: ArtifactFormat;
  isReference: boolean;
  metadata: Record<string, unknown> | null;
};

/**
 * The row and its audit event in one transaction, after checking the version again: an upload can take
 * minutes, and the version may have been promoted or the name taken meanwhile.
 */
export async function createArtifactRecord(
  principal: Principal,
  artifact: NewArtifact,
  action: "artifact.uploaded" | "artifact.registered",
): Promise<ArtifactView> {
  try {
    return await db.$transaction(async (tx) => {
      // A promotion request's foreign key takes a KEY SHARE lock on this row, which FOR UPDATE excludes:
      // whichever transaction comes second sees the other's result.
      await tx.$queryRaw`SELECT id FROM "ModelVersion" WHERE id = ${artifact.versionId} FOR UPDATE`;
      await getWritableVersionOrThrow(principal, artifact.versionId, tx);
      await requireFreeArtifactName(artifact.versionId, artifact.name, tx);
      const row = await tx.artifact.create({
        data: {
          ...artifact,
          sizeBytes: BigInt(artifact.sizeBytes),
          metadata: (artifact.metadata as Prisma.InputJsonObject | null) ?? undefined,
          createdById: principal.id,
        },
        select: artifactSelect,
      });
      const { versionId, name, format, uri, sizeBytes, sha256, isReference } = artifact;
      await recordAudit(tx, {
        actor: { id: principal.id, email: principal.email },
        action,
        entityType: "artifact",
        entityId: row.id,
        changes: { versionId, name, format, uri, sizeBytes, sha256, isReference },
      });
      return toArtifactView(row);
    });
  } catch (error) {
    // Two uploads racing for one name: the unique index decides, and the loser hears why.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw conflict(`This version already has an artifact named "${artifact.name}"`, {
        name: "Already used by another artifact of this version",
      });
    }
    throw error;
  }
}
