import "server-only";
import type { Decision, PromotionStatus } from "@/generated/prisma/client";
import { conflict, forbidden, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Tx } from "@/lib/server/db";
import { changeStage } from "./change-stage";

export type DecisionParams = {
  requestId: string;
  actor: { id: string; email: string };
  decision: Decision;
  comment: string;
  now: Date;
};

/**
 * One officer's decision on a request, inside the caller's transaction (no role check: the service and
 * the demo seed decide who may call it). The request row is locked first, with every other PENDING
 * request of its version (by id, the order the stage change takes them in): two officers deciding at
 * the same moment queue here, so the second one counts the first one's approval, and nothing is decided
 * twice. A rejection ends the request; the approval that reaches `requiredApprovals` distinct officers
 * approves it and moves the version in the same transaction.
 */
export async function recordDecision(tx: Tx, { requestId, actor, decision, comment, now }: DecisionParams) {
  await tx.$queryRaw`
    SELECT id FROM "PromotionRequest"
    WHERE id = ${requestId}
       OR (status = 'PENDING'::"PromotionStatus"
           AND "versionId" = (SELECT "versionId" FROM "PromotionRequest" WHERE id = ${requestId}))
    ORDER BY id FOR UPDATE`;
  const request = await tx.promotionRequest.findUnique({
    where: { id: requestId },
    select: {
      versionId: true,
      status: true,
      fromStage: true,
      toStage: true,
      requiredApprovals: true,
      keepPreviousProduction: true,
      requestedById: true,
      version: { select: { createdById: true } },
      approvals: { select: { approverId: true, decision: true } },
    },
  });
  if (!request) throw notFound("The promotion request");
  if (request.requestedById === actor.id)
    throw forbidden("You requested this promotion; separation of duties: another officer must decide on it");
  if (request.version.createdById === actor.id)
    throw forbidden("You registered this version; separation of duties: another officer must decide on it");
  if (request.status !== "PENDING")
    throw conflict(`The request is ${request.status}, not PENDING: it can no longer be decided`);
  if (request.approvals.some((approval) => approval.approverId === actor.id))
    throw conflict("You have already decided on this request; another officer must give the next decision");

  const approvals =
    request.approvals.filter((a) => a.decision === "APPROVE").length + (decision === "APPROVE" ? 1 : 0);
  const completes = decision === "APPROVE" && approvals >= request.requiredApprovals;
  // Every lock before the first audit event (which holds the chain's lock until commit).
  const stageChange = completes
    ? await changeStage(tx, {
        versionId: request.versionId,
        toStage: request.toStage,
        keepPreviousProduction: request.keepPreviousProduction,
        expectedFrom: request.fromStage,
      })
    : null;

  const approval = await tx.approval.create({
    data: { requestId, approverId: actor.id, decision, comment, createdAt: now },
    select: { id: true },
  });
  const entity = { entityType: "promotion_request", entityId: requestId, actor, occurredAt: now } as const;
  await recordAudit(tx, {
    ...entity,
    action: "promotion.decision_recorded",
    changes: {
      approvalId: approval.id,
      decision,
      comment,
      approvals,
      requiredApprovals: request.requiredApprovals,
    },
  });

  let status: PromotionStatus = "PENDING";
  if (decision === "REJECT") {
    status = "REJECTED";
    await close(tx, requestId, status, now);
    await recordAudit(tx, { ...entity, action: "promotion.rejected", changes: { comment } });
  } else if (stageChange) {
    status = "APPROVED";
    await close(tx, requestId, status, now);
    await recordAudit(tx, {
      ...entity,
      action: "promotion.approved",
      changes: { approvals, requiredApprovals: request.requiredApprovals },
    });
    await stageChange.apply({ actor, requestId, now });
  }
  return { status, approvals, requiredApprovals: request.requiredApprovals, stageChanged: !!stageChange };
}

const close = (tx: Tx, id: string, status: PromotionStatus, decidedAt: Date) =>
  tx.promotionRequest.update({ where: { id }, data: { status, decidedAt }, select: { id: true } });
