import "server-only";
import { isAdmin, type Principal } from "@/lib/auth/permissions";
import { forbidden, validationError } from "@/lib/errors";
import { Prisma } from "@/generated/prisma/client";
import { isTokenPrincipal } from "@/lib/server/auth/api-tokens";
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

/** The team a creation names: by id (the API's `teamId`), by slug or id (MLflow's `registry.team` tag), or none. */
export type TeamReference = { id: string } | { slugOrId: string } | null;

/**
 * The team a creation goes to when it names none: the one its API token was made for, if any (a
 * pipeline's token for its team: MLflow's register_model cannot name a team), else none, which
 * pickOwningTeam reads as "the caller's only team".
 */
export const defaultTeamReference = (principal: Principal): TeamReference =>
  isTokenPrincipal(principal) && principal.tokenTeamId ? { id: principal.tokenTeamId } : null;

export type TeamCandidate = TeamOption & { member: boolean };

/**
 * The teams that can own a creation, as a statement to run alone or inside a larger one: the team named
 * (with whether the principal belongs to it), or, when none is named, the principal's own (two at most:
 * enough to know whether there is only one).
 */
export function owningTeamCandidates(principal: Principal, reference: TeamReference): Prisma.Sql {
  if (!reference)
    return Prisma.sql`
      SELECT t.id, t.slug, t.name, true AS member
      FROM "TeamMembership" tm JOIN "Team" t ON t.id = tm."teamId"
      WHERE tm."userId" = ${principal.id} LIMIT 2`;
  const where =
    "id" in reference
      ? Prisma.sql`t.id = ${reference.id}`
      : Prisma.sql`t.slug = ${reference.slugOrId} OR t.id = ${reference.slugOrId}`;
  return Prisma.sql`
    SELECT t.id, t.slug, t.name,
           EXISTS (SELECT 1 FROM "TeamMembership" tm WHERE tm."teamId" = t.id AND tm."userId" = ${principal.id}) AS member
    FROM "Team" t WHERE ${where} LIMIT 1`;
}

/**
 * The team that will own what the principal creates, from its candidates. Without a named team: their
 * only team (several teams make it a 400, since guessing would hand the record to the wrong owners).
 * With one: it must exist (400) and, unless they are an admin, be one of theirs (403).
 */
export function pickOwningTeam(
  principal: Principal,
  reference: TeamReference,
  candidates: readonly TeamCandidate[],
): TeamOption {
  const pick = ({ id, slug, name }: TeamCandidate): TeamOption => ({ id, slug, name });
  if (reference) {
    const [team] = candidates;
    if (!team) throw validationError({ teamId: "No such team" });
    if (!isAdmin(principal) && !team.member)
      throw forbidden("You can only create records for a team you belong to");
    return pick(team);
  }
  if (candidates.length === 1) return pick(candidates[0]!);
  if (candidates.length > 1)
    throw validationError({ teamId: "Required: you belong to several teams, so choose the owning one" });
  if (isAdmin(principal)) throw validationError({ teamId: "Required: choose the owning team" });
  throw forbidden("You belong to no team yet; ask an admin to add you to one");
}

/** A team named by slug or id that the principal may create for: 400 when there is none, 403 when not theirs. */
export async function resolveNamedTeam(principal: Principal, slugOrId: string): Promise<TeamOption> {
  const reference = { slugOrId };
  return pickOwningTeam(
    principal,
    reference,
    await queryRows<TeamCandidate>(owningTeamCandidates(principal, reference)),
  );
}

/** The owning team of a creation by id (`teamId`) or, without one, the principal's only team. One statement. */
export async function resolveOwningTeam(
  principal: Principal,
  teamId: string | undefined,
): Promise<TeamOption> {
  const reference = teamId ? { id: teamId } : defaultTeamReference(principal);
  return pickOwningTeam(
    principal,
    reference,
    await queryRows<TeamCandidate>(owningTeamCandidates(principal, reference)),
  );
}
