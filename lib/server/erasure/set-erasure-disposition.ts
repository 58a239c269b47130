import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { conflict, notFound, validationError } from "@/lib/errors";
import { erasureDispositionSchema, type ErasureDispositionInput } from "@/lib/schemas/erasure";
import { idSchema } from "@/lib/schemas/common";
import { recordAudit, type AuditActor } from "@/lib/server/audit/record-audit";
import { db, type Tx } from "@/lib/server/db";
import { openPromotionRequest } from "@/lib/server/promotions/open-promotion-request";
import { parseInput } from "@/lib/validation";
import { readErasureRequest } from "./get-erasure-request";
import type { ErasureRequestView } from "./erasure-view";

export type DispositionParams = {
  requestId: string;
  actor: Extract<AuditActor, { id: string }>;
  input: ErasureDispositionInput;
  now: Date;
};

/**
 * Decides what happens to one affected version, inside the caller's transaction, with the request row
 * locked so two officers deciding at once cannot both miss the last open disposition. RETIRE opens an
 * ARCHIVED promotion request through the promotion workflow (policies judge it, officers approve it):
 * a version already archived needs none, and a pending one is reused. The request closes when the
 * last affected version has its disposition.
 */
export async function recordErasureDisposition(tx: Tx, { requestId, actor, input, now }: DispositionParams) {
  const parsed = parseInput(erasureDispositionSchema, input);
  const [request] = await tx.$queryRaw<{ status: string; datasetVersionId: string | null }[]>`
    SELECT status::text, "datasetVersionId" FROM "ErasureRequest" WHERE id = ${requestId} FOR UPDATE`;
  if (!request) throw notFound("The erasure request");
  const affected = await tx.erasureAffectedVersion.findUnique({
    where: { requestId_versionId: { requestId, versionId: parsed.versionId } },
    select: { disposition: true, version: { select: { stage: true } } },
  });
  if (!affected) throw validationError({ versionId: "This request does not affect that version" });
  if (request.status === "COMPLETED" || request.status === "REJECTED")
    throw conflict("The erasure request is closed");
  if (affected.disposition)
    throw conflict(`This version already has a disposition (${affected.disposition})`, {
      versionId: "Already decided",
    });

  const promotionRequestId =
    parsed.disposition === "RETIRE" && affected.version.stage !== "ARCHIVED"
      ? await retire(tx, { requestId, versionId: parsed.versionId, actor, now })
      : null;
  await tx.erasureAffectedVersion.update({
    where: { requestId_versionId: { requestId, versionId: parsed.versionId } },
    data: {
      disposition: parsed.disposition,
      reason: parsed.reason ?? null,
      decidedById: actor.id,
      decidedAt: now,
      promotionRequestId,
    },
  });
  const undecided = await tx.erasureAffectedVersion.count({ where: { requestId, disposition: null } });
  const status = undecided === 0 ? "COMPLETED" : "IN_PROGRESS";
  await tx.erasureRequest.update({
    where: { id: requestId },
    data: { status, handledById: actor.id, ...(status === "COMPLETED" ? { closedAt: now } : {}) },
  });
  const entity = { actor, entityType: "erasure_request", entityId: requestId, occurredAt: now } as const;
  await recordAudit(tx, {
    ...entity,
    action: "erasure_request.disposition_set",
    changes: {
      versionId: parsed.versionId,
      disposition: parsed.disposition,
      ...(parsed.reason ? { reason: parsed.reason } : {}),
      ...(promotionRequestId ? { promotionRequestId } : {}),
    },
  });
  if (status === "COMPLETED")
    await recordAudit(tx, { ...entity, action: "erasure_request.completed", changes: { status } });
}

async function retire(
  tx: Tx,
  params: { requestId: string; versionId: string; actor: { id: string; email: string }; now: Date },
): Promise<string> {
  const pending = await tx.promotionRequest.findFirst({
    where: { versionId: params.versionId, toStage: "ARCHIVED", status: "PENDING" },
    select: { id: true },
  });
  if (pending) return pending.id;
  const { requestId } = await openPromotionRequest(tx, {
    versionId: params.versionId,
    actor: params.actor,
    // the subject reference stays out: a promotion request is read far more widely than an erasure request
    input: { toStage: "ARCHIVED", justification: `Retired under erasure request ${params.requestId}` },
    now: params.now,
  });
  return requestId;
}

/** `POST /api/v1/erasure-requests/{id}/dispositions` (`erasure.manage`). */
export async function setErasureDisposition(
  principal: Principal,
  requestId: string,
  input: ErasureDispositionInput,
): Promise<ErasureRequestView> {
  requirePermission(principal, "erasure.manage");
  parseInput(erasureDispositionSchema, input);
  if (!idSchema.safeParse(requestId).success) throw notFound("The erasure request");
  const now = new Date();
  return db.$transaction(async (tx) => {
    await recordErasureDisposition(tx, { requestId, actor: principal, input, now });
    return readErasureRequest(tx, requestId, now);
  });
}
