import "server-only";
import { notFound } from "next/navigation";
import { can, isAdmin, type Permission, type Principal } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getModelBySlugOrThrow, type ModelDetail } from "@/lib/server/models/get-model";
import { teamIdsOf } from "@/lib/server/registry/access";

/** The model of a page, or the segment's not-found page. */
export async function loadModelOrNotFound(principal: Principal, slug: string): Promise<ModelDetail> {
  try {
    return await getModelBySlugOrThrow(principal, slug);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

/**
 * Which changes to offer on this model: each permission asked for, held by the role and passing the same
 * ownership rule the services enforce (admins, the creator, members of the owning team). Only decides
 * what the page shows; the services check again.
 */
export async function offeredChanges<P extends Permission>(
  principal: Principal,
  model: Pick<ModelDetail, "team" | "createdBy">,
  permissions: P[],
) {
  const held = permissions.filter((permission) => can(principal, permission));
  const owns =
    held.length > 0 &&
    (isAdmin(principal) ||
      model.createdBy.id === principal.id ||
      (await teamIdsOf(principal)).includes(model.team.id));
  return Object.fromEntries(
    permissions.map((permission) => [permission, owns && held.includes(permission)]),
  ) as Record<P, boolean>;
}
