import "server-only";
import { toJsonValue } from "@/lib/audit/canonical-json";
import { namesIn } from "@/lib/audit/mentioned-ids";
import type { StoredEvent } from "@/lib/audit/hash-chain";
import type { AuditEventDto } from "@/lib/schemas/audit";

/** Every stored column: the read side shows the whole event, hashes included. */
export const AUDIT_EVENT_SELECT = {
  id: true,
  seq: true,
  occurredAt: true,
  actorId: true,
  actorEmail: true,
  action: true,
  entityType: true,
  entityId: true,
  changes: true,
  prevHash: true,
  hash: true,
} as const;

export type AuditEventRow = {
  id: string;
  seq: bigint;
  occurredAt: Date;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: unknown;
  prevHash: string;
  hash: string;
};

/**
 * Plain JSON for clients and client components: seq as a string (64-bit), times as ISO strings, and the
 * names of the ids it mentions (`nameAuditEvents` looks them up in one query).
 */
export function toAuditEventDto(row: AuditEventRow, names: ReadonlyMap<string, string>): AuditEventDto {
  return {
    id: row.id,
    seq: row.seq.toString(),
    occurredAt: row.occurredAt.toISOString(),
    actor: {
      id: row.actorId,
      email: row.actorEmail,
      name: row.actorId ? (names.get(row.actorId) ?? null) : null,
    },
    action: row.action,
    entity: { type: row.entityType, id: row.entityId, label: names.get(row.entityId) ?? null },
    changes: toJsonValue(row.changes ?? null),
    references: namesIn(row.changes, names),
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

/** The event as the hash chain sees it, for re-checking one event's hash and link. */
export function toStoredEvent(row: AuditEventRow): StoredEvent {
  return {
    id: row.id,
    seq: row.seq.toString(),
    occurredAt: row.occurredAt.toISOString(),
    actorId: row.actorId,
    actorEmail: row.actorEmail,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    changes: toJsonValue(row.changes ?? null),
    prevHash: row.prevHash,
    hash: row.hash,
  };
}
