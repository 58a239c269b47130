import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { Principal } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getPromotionReview } from "@/lib/server/promotions/get-promotion-review";
import { getPromotionOrThrow } from "@/lib/server/promotions/get-promotion";

/** An unknown id is the not-found page (a real 404), not the error boundary. */
async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

/** The request alone, once per render: the layout's existence check and the page's title share it. */
export const loadRequest = cache((principal: Principal, id: string) =>
  orNotFound(getPromotionOrThrow(principal, id)),
);

export const loadReview = cache((principal: Principal, id: string) =>
  orNotFound(getPromotionReview(principal, id)),
);
