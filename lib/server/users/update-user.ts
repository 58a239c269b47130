import "server-only";
import { requirePermission, type Principal, type Role } from "@/lib/auth/permissions";
import { conflict, notFound } from "@/lib/errors";
import { updateUserSchema, type UpdateUserInput } from "@/lib/schemas/users";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db, type Tx } from "@/lib/server/db";
import { findTeamsOrThrow } from "@/lib/server/users/find-teams";
import { toUserView, userViewSelect, type UserView } from "@/lib/server/users/user-view";
import { parseInput } from "@/lib/validation";

// Serialises changes that could take away admin rights, so two admins demoting each other at the same
// moment cannot both pass the "someone stays admin" check. Taken before the audit chain lock, always.
const ADMIN_GUARD_LOCK = 727_010;

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value) => b.includes(value));

async function requireAnotherActiveAdmin(tx: Tx, userId: string, field: "roles" | "disabled") {
  const others = await tx.user.count({
    where: { id: { not: userId }, disabled: false, roles: { has: "ADMIN" } },
  });
  if (others === 0) {
    throw conflict("This is the last active admin; make someone else an admin first", {
      [field]:
        field === "roles"
          ? "The last active admin must keep the Admin role"
          : "The last active admin cannot be disabled",
    });
  }
}

/**
 * Changes a user's roles, teams, and/or disables or re-enables them; each change is its own audit event,
 * in the transaction of the change.
 */
export async function updateUser(
  principal: Principal,
  userId: string,
  input: UpdateUserInput,
): Promise<UserView> {
  requirePermission(principal, "admin.users");
  const change = parseInput(updateUserSchema, input);
  const exists = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!exists) throw notFound("The user");
  const teams = change.teamIds && (await findTeamsOrThrow(db, change.teamIds));
  if (change.disabled !== undefined && userId === principal.id) {
    throw conflict("You cannot disable or enable your own account", { disabled: "Ask another admin" });
  }

  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMIN_GUARD_LOCK})`;
    const before = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        roles: true,
        disabled: true,
        memberships: { select: { team: { select: { id: true, slug: true } } } },
      },
    });
    const teamsBefore = before.memberships.map((m) => m.team);
    const roles: Role[] = change.roles ?? (before.roles as Role[]);
    const disabled = change.disabled ?? before.disabled;
    if (before.roles.includes("ADMIN") && !before.disabled && !(roles.includes("ADMIN") && !disabled)) {
      await requireAnotherActiveAdmin(tx, userId, roles.includes("ADMIN") ? "disabled" : "roles");
    }

    const rolesChanged = !sameSet(before.roles, roles);
    const disabledChanged = disabled !== before.disabled;
    const teamsChanged =
      teams !== undefined &&
      !sameSet(
        teams.map((team) => team.id),
        teamsBefore.map((team) => team.id),
      );
    if (!rolesChanged && !disabledChanged && !teamsChanged) {
      return toUserView(await tx.user.findUniqueOrThrow({ where: { id: userId }, select: userViewSelect }));
    }
    const updated = await tx.user.update({
      where: { id: userId },
      data: {
        ...(rolesChanged ? { roles } : {}),
        ...(disabledChanged ? { disabled } : {}),
        ...(teamsChanged
          ? { memberships: { deleteMany: {}, create: teams.map((team) => ({ teamId: team.id })) } }
          : {}),
      },
      select: userViewSelect,
    });
    const actor = { id: principal.id, email: principal.email };
    if (rolesChanged) {
      await recordAudit(tx, {
        actor,
        action: "user.roles_changed",
        entityType: "user",
        entityId: userId,
        changes: { roles: { from: before.roles, to: roles } },
      });
    }
    if (teamsChanged) {
      const slugs = (list: { slug: string }[]) => list.map((team) => team.slug).sort();
      await recordAudit(tx, {
        actor,
        action: "user.teams_changed",
        entityType: "user",
        entityId: userId,
        changes: { teams: { from: slugs(teamsBefore), to: slugs(teams) } },
      });
    }
    if (disabledChanged) {
      await recordAudit(tx, {
        actor,
        action: disabled ? "user.disabled" : "user.enabled",
        entityType: "user",
        entityId: userId,
        changes: { disabled: { from: before.disabled, to: disabled } },
      });
    }
    return toUserView(updated);
  });
}
