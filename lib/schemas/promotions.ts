import { z } from "zod";
import { PromotionStatus } from "@/generated/prisma/enums";
import { paginationSchema } from "@/lib/schemas/common";

export const PROMOTION_STATUSES = Object.values(PromotionStatus);

/** `GET /api/v1/promotions` and the Approvals page: one status (or all), newest first, keyset-paginated. */
export const promotionListQuerySchema = paginationSchema.extend({
  status: z.enum(PromotionStatus, { error: `One of ${PROMOTION_STATUSES.join(", ")}` }).optional(),
});
export type PromotionListQuery = z.infer<typeof promotionListQuerySchema>;
