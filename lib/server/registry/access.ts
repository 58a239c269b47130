import "server-only";
import { isAdmin, type Principal } from "@/lib/auth/permissions";
import { forbidden } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { queryPrepared } from "@/lib/server/sql";

/** Team ids the principal belongs to; admins act on all teams. */
export async function teamIdsOf(principal: Principal): Promise<string[]> {
  const memberships = await db.teamMembership.findMany({
    where: { userId: principal.id },
    select: { teamId: true },
  });
  return memberships.map((m) => m.teamId);
}

/**
 * Ownership, checked after the role: a data scientist changes only what their teams own (or what they
 * created themselves); admins change everything. Hiding a button is never this check.
 */
export async function requireOwnership(
  principal: Principal,
  owned: { teamId: string; createdById: string },
  what = "this model",
) {
  if (isAdmin(principal) || owned.createdById === principal.id) return;
  const [membership] = await queryPrepared<unknown>`
    SELECT 1 FROM "TeamMembership" WHERE "userId" = ${principal.id} AND "teamId" = ${owned.teamId}`;
  if (!membership) throw forbidden(`Only members of the team that owns ${what} may change it`);
}
