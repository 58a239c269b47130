import "server-only";
import { contentDigest, type LegacyChainedEvent } from "@/lib/audit/hash-chain";
import { PERSONAL_DATA_ERASED, splitPersonal } from "@/lib/audit/personal-data";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { conflict, notFound } from "@/lib/errors";
import { idSchema } from "@/lib/schemas/common";
import { AUDIT_EVENT_SELECT, eventContentVerifies, toStoredEvent } from "@/lib/server/audit/audit-event-dto";
import { loadSeals } from "@/lib/server/audit/load-seals";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db, type Tx } from "@/lib/server/db";

/**
 * Erases a person's personal data (decision 011), admins only, in one transaction:
 * - from the audit trail: the side records of every event that names them (as actor, as the user the
 *   event is about, or by their e-mail). Events of scheme 2 keep verifying: their hash covers only a
 *   salted digest of those values. Events of scheme 1 hashed the values themselves, so their personal
 *   values are replaced by the placeholder and the erasure event seals what is left (a sha256 of it),
 *   which the verifier checks instead of their hash; their links are checked as before.
 * - from the account: e-mail and name replaced, password removed, disabled, sessions ended and tokens
 *   revoked, so the id that the trail keeps names no one.
 * The erasure is itself audited, with counts and seals and without the erased values.
 */
export async function erasePersonalData(principal: Principal, userId: string) {
  requirePermission(principal, "admin.users");
  if (!idSchema.safeParse(userId).success) throw notFound("The user");
  if (userId === principal.id) throw conflict("Ask another admin to erase your own data");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
    if (!user) throw notFound("The user");
    const { eventIds, sealed } = await eraseFromTrail(tx, user);
    const now = new Date();
    await tx.user.update({
      where: { id: userId },
      data: {
        email: `erased-${userId}@erased.invalid`,
        name: "Erased user",
        passwordHash: null,
        disabled: true,
      },
      select: { id: true },
    });
    await tx.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: now } });
    await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    await recordAudit(tx, {
      actor: principal,
      action: PERSONAL_DATA_ERASED,
      entityType: "user",
      entityId: userId,
      occurredAt: now,
      changes: { events: eventIds.length, sealed },
    });
    return { userId, events: eventIds.length, sealed: sealed.length };
  });
}

async function eraseFromTrail(tx: Tx, user: { id: string; email: string }) {
  const found = await tx.$queryRaw<{ id: string }[]>`
    SELECT e.id FROM "AuditEvent" e LEFT JOIN "AuditPersonalData" p ON p."eventId" = e.id
    WHERE e."actorId" = ${user.id}
       OR (e."entityType" = 'user' AND e."entityId" = ${user.id})
       OR p."actorEmail" = ${user.email}
       OR p.changes ->> 'email' = ${user.email}
       OR (e.scheme = 1 AND e.changes ->> 'email' = ${user.email})`;
  const eventIds = found.map((row) => row.id);
  const rows = await tx.auditEvent.findMany({ where: { id: { in: eventIds } }, select: AUDIT_EVENT_SELECT });
  const seals = await loadSeals(tx);
  const sealed: { eventId: string; digest: string }[] = [];
  for (const row of rows.filter((row) => row.scheme === 1 && !seals.has(row.id))) {
    // sealing a tampered event would launder the tampering
    if (!eventContentVerifies(row))
      throw conflict(`Audit event ${row.id} does not verify; investigate before erasing anything`);
    const {
      prevHash: _p,
      hash: _h,
      seal: _s,
      ...content
    } = toStoredEvent(row) as LegacyChainedEvent & {
      prevHash: string;
      hash: string;
      seal?: string;
    };
    const split = splitPersonal(row.entityType, content.changes);
    const redacted: LegacyChainedEvent = { ...content, actorEmail: null, changes: split.changes };
    sealed.push({ eventId: row.id, digest: contentDigest(redacted) });
    // JSON text, not Prisma's JSON writer, so numbers keep every digit the seal covers
    if (split.personal)
      await tx.$executeRaw`UPDATE "AuditEvent" SET changes = ${JSON.stringify(split.changes)}::jsonb WHERE id = ${row.id}`;
  }
  await tx.auditPersonalData.deleteMany({ where: { eventId: { in: eventIds } } });
  return { eventIds, sealed };
}
