import "server-only";
import type { Stage } from "@/generated/prisma/client";
import { conflict, notFound } from "@/lib/errors";
import { recordAudit, type UserActor } from "@/lib/server/audit/record-audit";
import type { Tx } from "@/lib/server/db";
import { followProduction, lockProductionAliases } from "@/lib/server/models/aliases";

export type StageChangePlan = {
  versionId: string;
  toStage: Stage;
  keepPreviousProduction: boolean;
  /** the stage the version must still be in (a request's fromStage); omitted by the emergency override */
  expectedFrom?: Stage;
};

export type StageChangeApplication = {
  actor: UserActor;
  /** the request that moves the version: never superseded by its own move */
  requestId: string;
  emergencyOverride?: boolean;
  now: Date;
};

/**
 * Moves a version in two steps, because recordAudit holds the audit chain's lock until commit: every
 * row lock is taken by `changeStage` itself before the caller writes its first audit event, and `apply`
 * then only writes rows it already holds. Locks are taken in one order everywhere (pending requests of
 * the version, the model when the target is PRODUCTION, pending requests of the versions it archives,
 * then the version rows by id), so two moves on one model queue instead of deadlocking, and two
 * PRODUCTION promotions of one model cannot both keep serving unseen.
 *
 * Applying it: the version changes stage (`model_version.stage_changed`); a PRODUCTION target archives
 * the model's other PRODUCTION versions unless the request keeps them (`reason: "superseded"`); then
 * every other PENDING request of a moved version whose fromStage no longer matches is closed as
 * WITHDRAWN (`promotion.superseded`), so no stale request can be approved later; last, production
 * aliases (`champion`, `prod`) of a version that left PRODUCTION follow the version that replaced it,
 * or are removed when none did (lib/server/models/aliases.ts).
 */
export async function changeStage(tx: Tx, plan: StageChangePlan) {
  const version = await tx.modelVersion.findUnique({
    where: { id: plan.versionId },
    select: { modelId: true },
  });
  if (!version) throw notFound("The version");
  await lockPendingRequests(tx, [plan.versionId]);

  const archives = plan.toStage === "PRODUCTION" && !plan.keepPreviousProduction;
  let candidates: string[] = [];
  if (plan.toStage === "PRODUCTION") {
    await tx.$queryRaw`SELECT id FROM "Model" WHERE id = ${version.modelId} FOR UPDATE`;
    if (archives) {
      const serving = await tx.modelVersion.findMany({
        where: { modelId: version.modelId, stage: "PRODUCTION", id: { not: plan.versionId } },
        select: { id: true },
      });
      candidates = serving.map((row) => row.id);
      await lockPendingRequests(tx, candidates);
    }
  }

  // Re-read under the lock: what another transaction committed while we waited is what counts.
  const locked = await tx.$queryRaw<{ id: string; stage: Stage; version: number }[]>`
    SELECT id, stage, version FROM "ModelVersion" WHERE id = ANY(${[plan.versionId, ...candidates]}) ORDER BY id FOR UPDATE`;
  const moving = locked.find((row) => row.id === plan.versionId);
  if (!moving) throw notFound("The version");
  const from = moving.stage;
  if (plan.expectedFrom && from !== plan.expectedFrom)
    throw conflict(`The version is no longer in ${plan.expectedFrom}: it is in ${from} now`);
  const superseded = locked.filter((row) => row.id !== plan.versionId && row.stage === "PRODUCTION");
  // Production aliases of what leaves PRODUCTION: those of the superseded versions follow the promoted
  // one; those of a version leaving PRODUCTION on its own have nothing to follow.
  const followers = await lockProductionAliases(
    tx,
    superseded.map((row) => row.id),
  );
  const orphans =
    from === "PRODUCTION" && plan.toStage !== "PRODUCTION"
      ? await lockProductionAliases(tx, [plan.versionId])
      : [];

  return {
    from,
    apply: async (application: StageChangeApplication) => {
      await moveVersion(tx, plan.versionId, from, plan.toStage, application, {
        requestId: application.requestId,
        ...(application.emergencyOverride ? { emergencyOverride: true } : {}),
      });
      for (const previous of superseded)
        await moveVersion(tx, previous.id, "PRODUCTION", "ARCHIVED", application, {
          requestId: application.requestId,
          reason: "superseded",
          supersededBy: plan.versionId,
        });
      await supersedeStaleRequests(tx, plan.versionId, plan.toStage, application);
      for (const previous of superseded)
        await supersedeStaleRequests(tx, previous.id, "ARCHIVED", application);
      const aliasChange = {
        actor: application.actor,
        requestId: application.requestId,
        now: application.now,
      };
      await followProduction(tx, followers, {
        ...aliasChange,
        to: { id: moving.id, version: moving.version },
      });
      await followProduction(tx, orphans, { ...aliasChange, to: null });
      return { from, archivedVersionIds: superseded.map((row) => row.id) };
    },
  };
}

/** Pending requests of these versions, by id: the order every writer of requests takes them in. */
async function lockPendingRequests(tx: Tx, versionIds: string[]) {
  if (versionIds.length === 0) return;
  await tx.$queryRaw`
    SELECT id FROM "PromotionRequest"
    WHERE "versionId" = ANY(${versionIds}) AND status = 'PENDING'::"PromotionStatus" ORDER BY id FOR UPDATE`;
}

async function moveVersion(
  tx: Tx,
  versionId: string,
  from: Stage,
  to: Stage,
  application: StageChangeApplication,
  why: Record<string, unknown>,
) {
  await tx.modelVersion.update({
    where: { id: versionId },
    data: { stage: to, updatedAt: application.now },
    select: { id: true },
  });
  await recordAudit(tx, {
    actor: application.actor,
    action: "model_version.stage_changed",
    entityType: "model_version",
    entityId: versionId,
    changes: { stage: { from, to }, ...why },
    occurredAt: application.now,
  });
}

async function supersedeStaleRequests(
  tx: Tx,
  versionId: string,
  stage: Stage,
  application: StageChangeApplication,
) {
  const stale = await tx.promotionRequest.findMany({
    where: {
      versionId,
      status: "PENDING",
      fromStage: { not: stage },
      id: { not: application.requestId },
    },
    orderBy: { id: "asc" },
    select: { id: true, fromStage: true, toStage: true },
  });
  if (stale.length === 0) return;
  await tx.promotionRequest.updateMany({
    where: { id: { in: stale.map((request) => request.id) } },
    data: { status: "WITHDRAWN", decidedAt: application.now },
  });
  for (const request of stale)
    await recordAudit(tx, {
      actor: application.actor,
      action: "promotion.superseded",
      entityType: "promotion_request",
      entityId: request.id,
      occurredAt: application.now,
      changes: {
        versionId,
        status: { from: "PENDING", to: "WITHDRAWN" },
        reason: `The version moved to ${stage}, so a request from ${request.fromStage} to ${request.toStage} no longer applies`,
        supersededBy: application.requestId,
      },
    });
}
