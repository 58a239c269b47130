import "server-only";
import { notFound } from "next/navigation";
import type { Principal } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getModelBySlugOrThrow, type ModelDetail } from "@/lib/server/models/get-model";

/** The model of a page, or the segment's not-found page. */
export async function loadModelOrNotFound(principal: Principal, slug: string): Promise<ModelDetail> {
  try {
    return await getModelBySlugOrThrow(principal, slug);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

/** What the shared ownership check (canChange) needs to know about a model. */
export const ownedBy = (model: Pick<ModelDetail, "team" | "createdBy">) => ({
  teamId: model.team.id,
  createdById: model.createdBy.id,
});
