import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { SIGN_IN_ACTIONS, type AuditFilters } from "@/lib/schemas/audit";
import { db } from "@/lib/server/db";

/**
 * The `where` of the list and the export. Sign-ins are left out unless asked for. An e-mail matches the address recorded on the event and, when
 * it belongs to a user, that user's id too, so a person's events stay together if their address changes.
 */
export async function auditWhere(filters: AuditFilters): Promise<Prisma.AuditEventWhereInput> {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (filters.entity)
    and.push({
      entityType: filters.entity.type,
      ...(filters.entity.id !== undefined ? { entityId: filters.entity.id } : {}),
    });
  if (filters.actor) and.push(await actorWhere(filters.actor));
  if (filters.action)
    and.push({
      action:
        "exact" in filters.action ? filters.action.exact : { startsWith: likeEscaped(filters.action.prefix) },
    });
  if (filters.from) and.push({ occurredAt: { gte: filters.from } });
  if (filters.to) and.push({ occurredAt: { lte: filters.to } });
  if (!filters.signIns && !asksForSignIns(filters.action))
    and.push({ action: { notIn: [...SIGN_IN_ACTIONS] } });
  return { AND: and };
}

const asksForSignIns = (action: AuditFilters["action"]) => {
  const exact = action && "exact" in action ? action.exact : undefined;
  return exact !== undefined && (SIGN_IN_ACTIONS as readonly string[]).includes(exact);
};

// Prisma 6 hands `startsWith` to LIKE without escaping, so the `_` of `model_version.` would match any
// character (`modelxversion.`); a test pins this down should Prisma ever start escaping itself.
const likeEscaped = (prefix: string) => prefix.replace(/[\\%_]/g, "\\$&");

async function actorWhere(actor: NonNullable<AuditFilters["actor"]>): Promise<Prisma.AuditEventWhereInput> {
  if ("id" in actor) return { actorId: actor.id };
  // the system has no e-mail of its own to keep: it is the actor without an id
  if (actor.email === "system") return { actorId: null };
  const user = await db.user.findUnique({ where: { email: actor.email }, select: { id: true } });
  const byEmail = { personal: { actorEmail: actor.email } };
  return user ? { OR: [{ actorId: user.id }, byEmail] } : byEmail;
}
