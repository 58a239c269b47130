import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { getArtifactStore } from "@/lib/server/artifacts/store";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db";
import { requireOwnership } from "@/lib/server/registry/access";
import { lockDeletableVersions } from "@/lib/server/registry/deletion-guard";

/**
 * Deletes a model with its versions, unless one of them is live, has governance records or parents
 * another version (409 naming it; lib/server/registry/deletion-guard.ts). Audited as `model.deleted` with
 * what was removed; the files of uploaded artifacts go once the deletion is committed.
 */
export async function deleteModel(principal: Principal, slug: string): Promise<void> {
  requirePermission(principal, "models.write");
  const model = await db.model.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, teamId: true, createdById: true },
  });
  if (!model) throw notFound(`The model "${slug}"`);
  await requireOwnership(principal, model);

  const files = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Model" WHERE id = ${model.id} FOR UPDATE`;
    const versions = await lockDeletableVersions(tx, { modelId: model.id });
    const uploads = await tx.artifact.findMany({
      where: { version: { modelId: model.id }, isReference: false },
      select: { uri: true },
    });
    await tx.model.delete({ where: { id: model.id }, select: { id: true } });
    await recordAudit(tx, {
      actor: { id: principal.id, email: principal.email },
      action: "model.deleted",
      entityType: "model",
      entityId: model.id,
      changes: {
        slug: model.slug,
        name: model.name,
        versions: versions.map((v) => ({ id: v.id, version: v.version, stage: v.stage })),
      },
    });
    return uploads;
  });
  await removeFiles(files.map((f) => f.uri));
}

/** After commit: a file left behind by a crash here is garbage, never a dangling record. */
export async function removeFiles(uris: readonly string[]) {
  const store = getArtifactStore();
  for (const uri of uris)
    await store
      .delete(uri)
      .catch((error: unknown) => console.warn(`[artifacts] could not remove ${uri}`, error));
}
