import "server-only";
import { toJsonValue, type JsonValue } from "@/lib/audit/canonical-json";
import { namesIn } from "@/lib/audit/mentioned-ids";
import { contentVerifies, type StoredEvent } from "@/lib/audit/hash-chain";
import { personalDigest, restorePersonal } from "@/lib/audit/personal-data";
import type { AuditEventDto } from "@/lib/schemas/audit";

/** Every stored column and the event's personal values: the read side shows the whole event, hashes included. */
export const AUDIT_EVENT_SELECT = {
  id: true,
  seq: true,
  occurredAt: true,
  actorId: true,
  action: true,
  entityType: true,
  entityId: true,
  changes: true,
  prevHash: true,
  hash: true,
  scheme: true,
  personalDigest: true,
  personal: { select: { actorEmail: true, changes: true, salt: true } },
} as const;

export type AuditEventRow = {
  id: string;
  seq: bigint;
  occurredAt: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: unknown;
  prevHash: string;
  hash: string;
  scheme: number;
  personalDigest: string | null;
  /** null once erased (or when the event names no person) */
  personal: { actorEmail: string | null; changes: unknown; salt: string | null } | null;
};

/** The actor's e-mail as recorded, while it is kept; `system` for the system itself. */
export const actorEmailOf = (row: AuditEventRow): string | null =>
  row.personal?.actorEmail ?? (row.actorId === null && row.scheme >= 2 ? "system" : null);

/** `changes` as they happened: personal values put back while their side record exists. */
export const changesOf = (row: AuditEventRow): JsonValue =>
  restorePersonal(
    toJsonValue(row.changes ?? null),
    row.personal?.changes ? (toJsonValue(row.personal.changes) as Record<string, JsonValue>) : null,
  );

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
      email: actorEmailOf(row),
      name: row.actorId ? (names.get(row.actorId) ?? null) : null,
    },
    action: row.action,
    entity: { type: row.entityType, id: row.entityId, label: names.get(row.entityId) ?? null },
    changes: changesOf(row),
    references: namesIn(row.changes, names),
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

/**
 * The event as the hash chain sees it, for re-checking one event's hash and link. `seal` is the digest
 * an erasure recorded for a scheme-1 event whose personal values it removed (see `loadSeals`).
 */
export function toStoredEvent(row: AuditEventRow, seal?: string): StoredEvent {
  const common = {
    id: row.id,
    seq: row.seq.toString(),
    occurredAt: row.occurredAt.toISOString(),
    actorId: row.actorId,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    changes: toJsonValue(row.changes ?? null),
  };
  const links = { prevHash: row.prevHash, hash: row.hash, ...(seal !== undefined ? { seal } : {}) };
  if (row.scheme === 1) return { ...common, actorEmail: row.personal?.actorEmail ?? null, ...links };
  return { scheme: 2, ...common, personalDigest: row.personalDigest, ...links };
}

/** A side record still held must be the one the chain's digest covers; an erased one has nothing to check. */
export function personalValuesVerify(row: AuditEventRow): boolean {
  if (row.scheme === 1 || !row.personal) return true;
  if (row.personal.salt === null || row.personalDigest === null) return false;
  const values = {
    actorEmail: row.personal.actorEmail,
    changes: row.personal.changes ? (toJsonValue(row.personal.changes) as Record<string, JsonValue>) : null,
  };
  return personalDigest(row.personal.salt, values) === row.personalDigest;
}

/** Both checks of one event's own content: its hashed payload and its personal values. */
export const eventContentVerifies = (row: AuditEventRow, seal?: string) =>
  contentVerifies(toStoredEvent(row, seal)) && personalValuesVerify(row);
