import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { promotionRequestSelect, toPromotionRequestView, type PromotionRequestView } from "./promotion-view";

/** One promotion request with its frozen policy results and its decisions (`registry.read`). */
export async function getPromotionOrThrow(
  principal: Principal,
  requestId: string,
): Promise<PromotionRequestView> {
  requirePermission(principal, "registry.read");
  const row = await db.promotionRequest.findUnique({
    where: { id: requestId },
    select: promotionRequestSelect,
  });
  if (!row) throw notFound("The promotion request");
  return toPromotionRequestView(row);
}
