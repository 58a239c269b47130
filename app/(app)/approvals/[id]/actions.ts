"use server";

import { actionFailure } from "@/lib/action-result";
import { idSchema } from "@/lib/schemas/common";
import { promotionDecisionSchema, promotionWithdrawSchema } from "@/lib/schemas/promotions";
import { action } from "@/lib/server/http/action";
import { decidePromotion } from "@/lib/server/promotions/decide-promotion";
import { withdrawPromotion } from "@/lib/server/promotions/withdraw-promotion";

const notARequest = actionFailure("not_found", "The promotion request was not found");

/** Bound to one request by the page (`.bind(null, id)`); the service checks role, duties and status. */
export async function decidePromotionAction(requestId: string, input: unknown) {
  if (!idSchema.safeParse(requestId).success) return notARequest;
  return action(
    promotionDecisionSchema,
    { permission: "approvals.decide", revalidate: [`/approvals/${requestId}`, "/approvals", "/"] },
    async (data, principal) => {
      const request = await decidePromotion(principal, requestId, data);
      return { status: request.status };
    },
  )(input);
}

export async function withdrawPromotionAction(requestId: string, input: unknown) {
  if (!idSchema.safeParse(requestId).success) return notARequest;
  return action(
    promotionWithdrawSchema,
    { permission: "versions.promote", revalidate: [`/approvals/${requestId}`, "/approvals", "/"] },
    async (data, principal) => {
      const request = await withdrawPromotion(principal, requestId, data);
      return { status: request.status };
    },
  )(input);
}
