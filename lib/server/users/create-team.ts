import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { conflict } from "@/lib/errors";
import { createTeamSchema, type CreateTeamInput } from "@/lib/schemas/users";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db";
import type { TeamView } from "@/lib/server/users/user-view";
import { parseInput } from "@/lib/validation";

/** A new team that models, datasets and people can belong to; audited in the same transaction. */
export async function createTeam(principal: Principal, input: CreateTeamInput): Promise<TeamView> {
  requirePermission(principal, "admin.users");
  const team = parseInput(createTeamSchema, input);
  if (await db.team.findUnique({ where: { slug: team.slug }, select: { id: true } }))
    throw conflict("A team with this slug already exists", { slug: "Already taken" });
  return db.$transaction(async (tx) => {
    const created = await tx.team.create({ data: team, select: { id: true, slug: true, name: true } });
    await recordAudit(tx, {
      actor: { id: principal.id, email: principal.email },
      action: "team.created",
      entityType: "team",
      entityId: created.id,
      changes: team,
    });
    return created;
  });
}
