import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { conflict } from "@/lib/errors";
import { createUserSchema, type CreateUserInput } from "@/lib/schemas/users";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { hashPassword } from "@/lib/server/auth/passwords";
import { db } from "@/lib/server/db";
import { findTeamsOrThrow } from "@/lib/server/users/find-teams";
import { toUserView, userViewSelect, type UserView } from "@/lib/server/users/user-view";
import { parseInput } from "@/lib/validation";

/** Adds a person with their roles and teams; without a password they can sign in only through single sign-on. */
export async function createUser(principal: Principal, input: CreateUserInput): Promise<UserView> {
  requirePermission(principal, "admin.users");
  const { email, name, roles, password, teamIds } = parseInput(createUserSchema, input);
  const teams = await findTeamsOrThrow(db, teamIds);
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw conflict("A user with this email already exists", { email: "Already taken" });
  }
  // Hashed before the transaction: argon2 is deliberately slow and must not hold the audit chain lock.
  const passwordHash = password ? await hashPassword(password) : null;

  const user = await db.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: {
        email,
        name,
        roles,
        passwordHash,
        memberships: { create: teams.map((team) => ({ teamId: team.id })) },
      },
      select: userViewSelect,
    });
    await recordAudit(tx, {
      actor: { id: principal.id, email: principal.email },
      action: "user.created",
      entityType: "user",
      entityId: created.id,
      changes: {
        email,
        name,
        roles,
        teams: teams.map((team) => team.slug).sort(),
        password: passwordHash ? "set" : "none",
      },
    });
    return created;
  });
  return toUserView(user);
}
