import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db";
import { removeFiles } from "@/lib/server/models/delete-model";
import { requireOwnership } from "@/lib/server/registry/access";
import { lockDeletableVersions } from "@/lib/server/registry/deletion-guard";

/**
 * Deletes one version unless it is live, has governance records or parents another version (409; see
 * lib/server/registry/deletion-guard.ts). Its aliases and tags go with it. Audited as `model_version.deleted`.
 */
export async function deleteVersion(principal: Principal, versionId: string): Promise<void> {
  requirePermission(principal, "versions.write");
  const owner = await db.modelVersion.findUnique({
    where: { id: versionId },
    select: { model: { select: { id: true, slug: true, teamId: true, createdById: true } } },
  });
  if (!owner) throw notFound("The version");
  await requireOwnership(principal, owner.model);

  const files = await db.$transaction(async (tx) => {
    const [version] = await lockDeletableVersions(tx, { versionId });
    if (!version) throw notFound("The version");
    const uploads = await tx.artifact.findMany({
      where: { versionId, isReference: false },
      select: { uri: true },
    });
    await tx.modelVersion.delete({ where: { id: versionId }, select: { id: true } });
    await recordAudit(tx, {
      actor: { id: principal.id, email: principal.email },
      action: "model_version.deleted",
      entityType: "model_version",
      entityId: versionId,
      changes: {
        model: { id: owner.model.id, slug: owner.model.slug },
        version: version.version,
        stage: version.stage,
      },
    });
    return uploads;
  });
  await removeFiles(files.map((f) => f.uri));
}
