import "server-only";
import type { z } from "zod";
import { isAdmin, requirePermission, type Principal } from "@/lib/auth/permissions";
import { forbidden, notFound } from "@/lib/errors";
import { promotionWithdrawSchema } from "@/lib/schemas/promotions";
import { db } from "@/lib/server/db";
import { parseInput } from "@/lib/validation";
import { getPromotionOrThrow } from "./get-promotion";
import type { PromotionRequestView } from "./promotion-view";
import { withdrawRequest } from "./withdraw-request";

/**
 * The requester (or an admin) takes back a PENDING request (`versions.promote`): 404 for an unknown
 * request, 403 for anyone else, 409 once it is no longer PENDING. Audited as `promotion.withdrawn`.
 */
export async function withdrawPromotion(
  principal: Principal,
  requestId: string,
  input: z.input<typeof promotionWithdrawSchema>,
): Promise<PromotionRequestView> {
  requirePermission(principal, "versions.promote");
  const { reason } = parseInput(promotionWithdrawSchema, input);
  const request = await db.promotionRequest.findUnique({
    where: { id: requestId },
    select: { requestedById: true },
  });
  if (!request) throw notFound("The promotion request");
  if (request.requestedById !== principal.id && !isAdmin(principal))
    throw forbidden("Only the person who requested this promotion (or an admin) may withdraw it");
  await db.$transaction((tx) =>
    withdrawRequest(tx, { requestId, actor: principal, reason, now: new Date() }),
  );
  return getPromotionOrThrow(principal, requestId);
}
