import "server-only";
import { conflict, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Tx } from "@/lib/server/db";

export type WithdrawParams = {
  requestId: string;
  actor: { id: string; email: string };
  reason?: string | null;
  now: Date;
};

/**
 * Closes a PENDING request as WITHDRAWN inside the caller's transaction (who may is the service's
 * question). The row is locked first, so a withdrawal and a concurrent decision cannot both succeed:
 * whichever comes second finds the request no longer PENDING (409).
 */
export async function withdrawRequest(tx: Tx, { requestId, actor, reason, now }: WithdrawParams) {
  const [request] = await tx.$queryRaw<{ status: string }[]>`
    SELECT status::text FROM "PromotionRequest" WHERE id = ${requestId} FOR UPDATE`;
  if (!request) throw notFound("The promotion request");
  if (request.status !== "PENDING")
    throw conflict(`The request is ${request.status}, not PENDING: only a pending request can be withdrawn`);
  await tx.promotionRequest.update({
    where: { id: requestId },
    data: { status: "WITHDRAWN", decidedAt: now },
    select: { id: true },
  });
  await recordAudit(tx, {
    actor,
    action: "promotion.withdrawn",
    entityType: "promotion_request",
    entityId: requestId,
    changes: { status: { from: "PENDING", to: "WITHDRAWN" }, reason: reason ?? null },
    occurredAt: now,
  });
}
