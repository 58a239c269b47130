import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { promotionDecisionSchema, type PromotionDecisionInput } from "@/lib/schemas/promotions";
import { db } from "@/lib/server/db";
import { parseInput } from "@/lib/validation";
import { getPromotionOrThrow } from "./get-promotion";
import type { PromotionRequestView } from "./promotion-view";
import { recordDecision } from "./record-decision";

/**
 * An officer approves or rejects a PENDING request (`approvals.decide`). 404 for an unknown request,
 * 403 for the requester or the version's registrant (separation of duties), 409 when the request is no
 * longer PENDING, when this officer already decided on it, or when the version has left the stage the
 * request started from. The approval that completes the count moves the version in the same transaction.
 */
export async function decidePromotion(
  principal: Principal,
  requestId: string,
  input: PromotionDecisionInput,
): Promise<PromotionRequestView> {
  requirePermission(principal, "approvals.decide");
  const { decision, comment } = parseInput(promotionDecisionSchema, input);
  await db.$transaction((tx) =>
    recordDecision(tx, { requestId, actor: principal, decision, comment, now: new Date() }),
  );
  return getPromotionOrThrow(principal, requestId);
}
