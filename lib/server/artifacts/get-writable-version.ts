import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import { conflict, notFound } from "@/lib/errors";
import { db, type Tx } from "@/lib/server/db";
import { requireOwnership } from "@/lib/server/registry/access";

/**
 * The version an artifact is being added to, checked in API order: it exists (404), the caller's team
 * owns its model (403), and its files are still open (409): DEVELOPMENT, and no promotion ever requested,
 * since a request freezes the evidence reviewers see.
 */
export async function getWritableVersionOrThrow(principal: Principal, versionId: string, client: Tx = db) {
  const version = await client.modelVersion.findUnique({
    where: { id: versionId },
    select: {
      id: true,
      version: true,
      stage: true,
      model: { select: { id: true, slug: true, teamId: true, createdById: true } },
      _count: { select: { promotionRequests: true } },
    },
  });
  if (!version) throw notFound("The version");
  await requireOwnership(principal, version.model);
  if (version.stage !== "DEVELOPMENT") {
    throw conflict(
      `Version ${version.version} of ${version.model.slug} is in ${version.stage}: artifacts can only be added while it is in DEVELOPMENT`,
    );
  }
  if (version._count.promotionRequests > 0) {
    throw conflict(
      `A promotion was requested for version ${version.version} of ${version.model.slug}: its artifacts are fixed`,
    );
  }
  return version;
}

/** 409 when the version already has an artifact of this name (the unique index is the last word). */
export async function requireFreeArtifactName(versionId: string, name: string, client: Tx = db) {
  const taken = await client.artifact.findUnique({
    where: { versionId_name: { versionId, name } },
    select: { id: true },
  });
  if (taken)
    throw conflict(`This version already has an artifact named "${name}"`, {
      name: "Already used by another artifact of this version",
    });
}
