import "server-only";
import { GENESIS_HASH } from "@/lib/audit/hash-chain";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { idSchema } from "@/lib/schemas/common";
import type { AuditEventDto } from "@/lib/schemas/audit";
import { db } from "@/lib/server/db";
import { AUDIT_EVENT_SELECT, eventContentVerifies } from "./audit-event-dto";
import { loadSeals } from "./load-seals";
import { nameAuditEvents } from "./name-audit-events";

type Neighbour = { id: string; seq: string };

export type AuditEventDetail = {
  event: AuditEventDto;
  previous: Neighbour | null;
  next: Neighbour | null;
  /** The two checks the chain verifier makes, for this one event. */
  check: { hashMatchesContent: boolean; linksToPrevious: boolean };
};

/** One event with its neighbours in the chain, re-checked on its own (where a broken chain points to). */
export async function getAuditEventOrThrow(principal: Principal, id: string): Promise<AuditEventDetail> {
  requirePermission(principal, "audit.read");
  const parsedId = idSchema.safeParse(id);
  if (!parsedId.success) throw notFound("The audit event");
  const row = await db.auditEvent.findUnique({ where: { id: parsedId.data }, select: AUDIT_EVENT_SELECT });
  if (!row) throw notFound("The audit event");
  const [previous, next, [event], seals] = await Promise.all([
    db.auditEvent.findFirst({
      where: { seq: { lt: row.seq } },
      orderBy: { seq: "desc" },
      select: { id: true, seq: true, hash: true },
    }),
    db.auditEvent.findFirst({
      where: { seq: { gt: row.seq } },
      orderBy: { seq: "asc" },
      select: { id: true, seq: true },
    }),
    nameAuditEvents([row]),
    loadSeals(),
  ]);
  return {
    event: event!,
    previous: previous ? { id: previous.id, seq: previous.seq.toString() } : null,
    next: next ? { id: next.id, seq: next.seq.toString() } : null,
    check: {
      hashMatchesContent: eventContentVerifies(row, seals.get(row.id)),
      linksToPrevious: row.prevHash === (previous?.hash ?? GENESIS_HASH),
    },
  };
}
