import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { keyTagKeySchema, keyTagSchema, type KeyTag } from "@/lib/schemas/key-tags";
import { recordAudit, type UserActor } from "@/lib/server/audit/record-audit";
import { db, type Tx } from "@/lib/server/db";
import { requireOwnership } from "@/lib/server/registry/access";
import { parseInput } from "@/lib/validation";

type Owned = { teamId: string; createdById: string };
export type TagTarget =
  { entity: "model"; id: string; owner: Owned } | { entity: "model_version"; id: string; owner: Owned };

const permissionOf = (target: TagTarget) => (target.entity === "model" ? "models.write" : "versions.write");

/**
 * Sets a key-value tag on a model or a version (the owning team's members; admins). Audited as
 * `<entity>.tag_set` with the value it replaced; setting the value it already has writes nothing.
 */
export async function setKeyTag(principal: Principal, target: TagTarget, input: KeyTag): Promise<void> {
  requirePermission(principal, permissionOf(target));
  const { key, value } = parseInput(keyTagSchema, input);
  await requireOwnership(principal, target.owner);
  await db.$transaction((tx) =>
    setKeyTagInTransaction(tx, { actor: principal, target, tag: { key, value }, now: new Date() }),
  );
}

/**
 * The same change inside the caller's transaction, as of `now`, for a tag already checked by
 * keyTagSchema; not the role or ownership. The demo seed uses it.
 */
export async function setKeyTagInTransaction(
  tx: Tx,
  {
    actor,
    target,
    tag: { key, value },
    now,
  }: { actor: UserActor; target: Pick<TagTarget, "entity" | "id">; tag: KeyTag; now: Date },
) {
  const previous =
    target.entity === "model"
      ? await tx.$queryRaw<{ value: string }[]>`
          SELECT value FROM "ModelKeyTag" WHERE "modelId" = ${target.id} AND key = ${key} FOR UPDATE`
      : await tx.$queryRaw<{ value: string }[]>`
          SELECT value FROM "VersionKeyTag" WHERE "versionId" = ${target.id} AND key = ${key} FOR UPDATE`;
  const from = previous[0]?.value ?? null;
  if (from === value) return;
  if (target.entity === "model") {
    await tx.$executeRaw`
      INSERT INTO "ModelKeyTag" ("modelId", key, value) VALUES (${target.id}, ${key}, ${value})
      ON CONFLICT ("modelId", key) DO UPDATE SET value = EXCLUDED.value`;
    await tx.$executeRaw`UPDATE "Model" SET "updatedAt" = ${now} WHERE id = ${target.id}`;
  } else {
    await tx.$executeRaw`
      INSERT INTO "VersionKeyTag" ("versionId", key, value) VALUES (${target.id}, ${key}, ${value})
      ON CONFLICT ("versionId", key) DO UPDATE SET value = EXCLUDED.value`;
    await tx.$executeRaw`UPDATE "ModelVersion" SET "updatedAt" = ${now} WHERE id = ${target.id}`;
  }
  await recordAudit(tx, {
    actor: { id: actor.id, email: actor.email },
    action: `${target.entity}.tag_set`,
    entityType: target.entity,
    entityId: target.id,
    changes: { key, from, to: value },
    occurredAt: now,
  });
}

/**
 * Removes a tag, audited as `<entity>.tag_deleted` with its value. Removing a tag that is not there
 * writes nothing and is no error, as MLflow's store treats it: cleanup scripts repeat deletes.
 */
export async function deleteKeyTag(principal: Principal, target: TagTarget, rawKey: string): Promise<void> {
  requirePermission(principal, permissionOf(target));
  const key = parseInput(keyTagKeySchema, rawKey);
  await requireOwnership(principal, target.owner);
  await db.$transaction(async (tx) => {
    const removed =
      target.entity === "model"
        ? await tx.$queryRaw<{ value: string }[]>`
            DELETE FROM "ModelKeyTag" WHERE "modelId" = ${target.id} AND key = ${key} RETURNING value`
        : await tx.$queryRaw<{ value: string }[]>`
            DELETE FROM "VersionKeyTag" WHERE "versionId" = ${target.id} AND key = ${key} RETURNING value`;
    if (removed.length === 0) return;
    await recordAudit(tx, {
      actor: { id: principal.id, email: principal.email },
      action: `${target.entity}.tag_deleted`,
      entityType: target.entity,
      entityId: target.id,
      changes: { key, from: removed[0]!.value },
    });
  });
}
