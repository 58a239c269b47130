import "server-only";
import { isAdmin, type Principal } from "@/lib/auth/permissions";
import { forbidden, validationError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { queryRows } from "@/lib/server/sql";

export type TeamOption = { id: string; slug: string; name: string };

/** Teams the principal may give a new model or dataset to: their own, or every team for an admin. */
export async function listSelectableTeams(principal: Principal): Promise<TeamOption[]> {
  return db.team.findMany({
    where: isAdmin(principal) ? {} : { memberships: { some: { userId: principal.id } } },
    select: { id: true, slug: true, name: true },
    orderBy: { name: "asc" },
  });
}

/**
 * The team that will own what the principal creates. Without a teamId: their only team (several teams make
 * it a 400, since guessing would hand the record to the wrong owners). With one: it must exist (400) and,
 * unless they are an admin, be one of theirs (403). One statement either way.
 */
export async function resolveOwningTeam(
  principal: Principal,
  teamId: string | undefined,
): Promise<TeamOption> {
  if (teamId) {
    const [team] = await queryRows<TeamOption & { member: boolean }>`
      SELECT t.id, t.slug, t.name,
             EXISTS (SELECT 1 FROM "TeamMembership" tm WHERE tm."teamId" = t.id AND tm."userId" = ${principal.id}) AS member
      FROM "Team" t WHERE t.id = ${teamId}`;
    if (!team) throw validationError({ teamId: "No such team" });
    if (!isAdmin(principal) && !team.member)
      throw forbidden("You can only create records for a team you belong to");
    return { id: team.id, slug: team.slug, name: team.name };
  }
  const memberships = await queryRows<TeamOption>`
    SELECT t.id, t.slug, t.name FROM "TeamMembership" tm JOIN "Team" t ON t.id = tm."teamId"
    WHERE tm."userId" = ${principal.id} LIMIT 2`;
  if (memberships.length === 1) return memberships[0]!;
  if (memberships.length > 1)
    throw validationError({ teamId: "Required: you belong to several teams, so choose the owning one" });
  if (isAdmin(principal)) throw validationError({ teamId: "Required: choose the owning team" });
  throw forbidden("You belong to no team yet; ask an admin to add you to one");
}
