import "server-only";
import type { Stage } from "@/generated/prisma/client";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { conflict, notFound } from "@/lib/errors";
import { meansProduction, productionAliases } from "@/lib/mlflow/production-aliases";
import { aliasSchema } from "@/lib/schemas/key-tags";
import { recordAudit, type UserActor } from "@/lib/server/audit/record-audit";
import { db, type Tx } from "@/lib/server/db";
import { requireOwnership } from "@/lib/server/registry/access";
import { parseInput } from "@/lib/validation";

/** The model whose aliases change, with who owns it. */
type AliasedModel = { id: string; teamId: string; createdById: string };

/**
 * Points an alias of a model at one of its versions (moving it if it pointed elsewhere). An alias that
 * means production (lib/mlflow/production-aliases.ts) is refused (409) unless the version is in
 * PRODUCTION, checked on the locked version row so a concurrent stage change cannot slip between.
 * Audited as `model.alias_set` with the version it pointed at before.
 */
export async function setAlias(
  principal: Principal,
  model: AliasedModel,
  rawAlias: string,
  versionId: string,
): Promise<void> {
  requirePermission(principal, "models.write");
  const alias = parseInput(aliasSchema, rawAlias);
  await requireOwnership(principal, model);
  await db.$transaction((tx) =>
    setAliasInTransaction(tx, { actor: principal, modelId: model.id, alias, versionId, now: new Date() }),
  );
}

/**
 * The same move inside the caller's transaction, as of `now`, for an alias already checked by
 * aliasSchema; the production rule still holds, not the role or ownership. The demo seed uses it.
 */
export async function setAliasInTransaction(
  tx: Tx,
  {
    actor,
    modelId,
    alias,
    versionId,
    now,
  }: { actor: UserActor; modelId: string; alias: string; versionId: string; now: Date },
) {
  const [version] = await tx.$queryRaw<{ version: number; stage: Stage }[]>`
    SELECT version, stage FROM "ModelVersion" WHERE id = ${versionId} AND "modelId" = ${modelId} FOR SHARE`;
  if (!version) throw notFound("The version");
  if (
    version.stage !== "PRODUCTION" &&
    meansProduction(alias, productionAliases(process.env.PRODUCTION_ALIASES))
  )
    throw conflict(
      `The alias "${alias}" means production: it can only point at a version in PRODUCTION, and version ${version.version} is in ${version.stage}. Request its promotion first.`,
    );
  const [previous] = await tx.$queryRaw<{ versionId: string }[]>`
    SELECT "versionId" FROM "ModelAlias" WHERE "modelId" = ${modelId} AND alias = ${alias} FOR UPDATE`;
  if (previous?.versionId === versionId) return;
  await tx.$executeRaw`
    INSERT INTO "ModelAlias" ("modelId", alias, "versionId", "createdAt") VALUES (${modelId}, ${alias}, ${versionId}, ${now})
    ON CONFLICT ("modelId", alias) DO UPDATE SET "versionId" = EXCLUDED."versionId", "createdAt" = EXCLUDED."createdAt"`;
  await recordAudit(tx, {
    actor: { id: actor.id, email: actor.email },
    action: "model.alias_set",
    entityType: "model",
    entityId: modelId,
    changes: { alias, from: previous?.versionId ?? null, to: versionId, version: version.version },
    occurredAt: now,
  });
}

/** Removes an alias; removing one that does not exist changes nothing (as MLflow). Audited as `model.alias_deleted`. */
export async function deleteAlias(
  principal: Principal,
  model: AliasedModel,
  rawAlias: string,
): Promise<void> {
  requirePermission(principal, "models.write");
  const alias = parseInput(aliasSchema, rawAlias);
  await requireOwnership(principal, model);
  await db.$transaction(async (tx) => {
    const removed = await tx.$queryRaw<{ versionId: string }[]>`
      DELETE FROM "ModelAlias" WHERE "modelId" = ${model.id} AND alias = ${alias} RETURNING "versionId"`;
    if (removed.length === 0) return;
    await recordAudit(tx, {
      actor: { id: principal.id, email: principal.email },
      action: "model.alias_deleted",
      entityType: "model",
      entityId: model.id,
      changes: { alias, from: removed[0]!.versionId },
    });
  });
}

/** A production alias of a version about to leave PRODUCTION, locked by `lockProductionAliases`. */
export type ProductionAlias = { modelId: string; alias: string; versionId: string; version: number };

/**
 * The production aliases (`champion`, `prod`, ...) of these versions, locked: taken by a stage change
 * with its other row locks, before its first audit event (lib/server/promotions/change-stage.ts), in
 * the order setAlias takes them too (the version row, then the alias).
 */
export async function lockProductionAliases(tx: Tx, versionIds: string[]): Promise<ProductionAlias[]> {
  if (versionIds.length === 0) return [];
  const rows = await tx.$queryRaw<ProductionAlias[]>`
    SELECT a."modelId", a.alias, a."versionId", v.version
    FROM "ModelAlias" a JOIN "ModelVersion" v ON v.id = a."versionId"
    WHERE a."versionId" = ANY(${versionIds}) ORDER BY a."modelId", a.alias FOR UPDATE OF a`;
  const meaning = productionAliases(process.env.PRODUCTION_ALIASES);
  return rows.filter((row) => meansProduction(row.alias, meaning));
}

/**
 * What a production alias does when its version leaves PRODUCTION: it follows the version that
 * replaces it (`to`), or, with none, it is removed, so that `models:/name@champion` never names a
 * retired version. Audited as `model.alias_set` / `model.alias_deleted` with the reason.
 */
export async function followProduction(
  tx: Tx,
  aliases: readonly ProductionAlias[],
  {
    to,
    actor,
    requestId,
    now,
  }: { to: { id: string; version: number } | null; actor: UserActor; requestId: string; now: Date },
) {
  for (const alias of aliases) {
    if (to) {
      await tx.$executeRaw`
        UPDATE "ModelAlias" SET "versionId" = ${to.id}, "createdAt" = ${now}
        WHERE "modelId" = ${alias.modelId} AND alias = ${alias.alias}`;
    } else {
      await tx.$executeRaw`DELETE FROM "ModelAlias" WHERE "modelId" = ${alias.modelId} AND alias = ${alias.alias}`;
    }
    await recordAudit(tx, {
      actor: { id: actor.id, email: actor.email },
      action: to ? "model.alias_set" : "model.alias_deleted",
      entityType: "model",
      entityId: alias.modelId,
      changes: {
        alias: alias.alias,
        from: alias.versionId,
        ...(to ? { to: to.id, version: to.version } : {}),
        reason: to
          ? `Version ${alias.version} left PRODUCTION; the production alias follows version ${to.version}, which replaced it`
          : `Version ${alias.version} left PRODUCTION with no version replacing it; a production alias names only a version in PRODUCTION`,
        requestId,
      },
      occurredAt: now,
    });
  }
}
