import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { toJsonValue } from "@/lib/audit/canonical-json";
import { GENESIS_HASH, hashEvent, type PersonalChainedEvent } from "@/lib/audit/hash-chain";
import { personalDigest, splitPersonal, type PersonalValues } from "@/lib/audit/personal-data";
import type { Tx } from "@/lib/server/db";
import { fanOutToWebhooks } from "@/lib/server/webhooks/fan-out";

/** Who did it: a signed-in user or token holder, or the system itself (seed, migrations, jobs). */
export type AuditActor = { id: string; email: string } | { id: null; email: "system" };
export const SYSTEM_ACTOR: AuditActor = { id: null, email: "system" };

export type AuditInput = {
  actor: AuditActor;
  /** `<entity>.<past-tense verb>`, e.g. `model_version.promoted` */
  action: string;
  entityType: string;
  entityId: string;
  changes?: unknown;
  /**
   * When it happened: the time of the change the caller already holds (a service's `now`, a row's
   * `createdAt`), so the event and the record say the same thing, including when the demo seed replays
   * a history months long. Now when not given.
   */
  occurredAt?: Date;
};

// Every append takes this transaction-scoped lock, so two transactions can never read the same chain
// head and fork the chain. It is released at commit or rollback; record the event as late in the
// transaction as you can to keep the serialised part short.
const AUDIT_CHAIN_LOCK = 727_002;

export async function recordAudit(tx: Tx, input: AuditInput) {
  // The lock and the read after it in one round trip (the database function reads with a fresh snapshot).
  const [head] = await tx.$queryRaw<{ seq: bigint; hash: string }[]>`
    SELECT seq, hash FROM audit_chain_head(${AUDIT_CHAIN_LOCK})`;
  // Personal values (the actor's e-mail, e-mails and names in `changes`) go to a side record the hash
  // covers only through a salted digest, so erasing them later leaves the chain verifiable (decision 011).
  const split = splitPersonal(input.entityType, toJsonValue(input.changes ?? null));
  const actorEmail = input.actor.id === null ? null : input.actor.email;
  const personal: PersonalValues | null =
    actorEmail !== null || split.personal !== null ? { actorEmail, changes: split.personal } : null;
  const salt = personal ? randomBytes(16).toString("hex") : null;
  const event: PersonalChainedEvent = {
    scheme: 2,
    id: randomUUID(),
    seq: String((head?.seq ?? BigInt(0)) + BigInt(1)),
    // Stored with millisecond precision, so the hashed ISO string is exactly what a verifier reads back.
    occurredAt: (input.occurredAt ?? new Date()).toISOString(),
    actorId: input.actor.id,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    changes: split.changes,
    personalDigest: personal && salt ? personalDigest(salt, personal) : null,
  };
  const prevHash = head?.hash ?? GENESIS_HASH;
  const hash = hashEvent(prevHash, event);
  // Raw SQL, not tx.auditEvent.create: Prisma writes JSON numbers with at most 16 significant digits,
  // so a value such as 0.19047619047619047 would be stored unlike what was hashed and fail verification.
  // One statement for the event and its personal values: the append is the serialised part.
  const changes = event.changes === null ? null : JSON.stringify(event.changes);
  const personalChanges = personal?.changes ? JSON.stringify(personal.changes) : null;
  await tx.$executeRaw`
    WITH event AS (
      INSERT INTO "AuditEvent" (id, seq, "occurredAt", "actorId", action, "entityType", "entityId", changes, "prevHash", hash, scheme, "personalDigest")
      VALUES (${event.id}, ${BigInt(event.seq)}, ${new Date(event.occurredAt)}, ${event.actorId}, ${event.action},
              ${event.entityType}, ${event.entityId}, ${changes}::jsonb, ${prevHash}, ${hash}, ${event.scheme}, ${event.personalDigest})
      RETURNING id
    )
    INSERT INTO "AuditPersonalData" ("eventId", "actorEmail", changes, salt)
    SELECT id, ${actorEmail}, ${personalChanges}::jsonb, ${salt} FROM event WHERE ${personal !== null}`;
  // Webhook deliveries derive from audit events, here, so no service has to know about webhooks. They
  // carry the hashed changes, with personal values already taken out (decision 011).
  await fanOutToWebhooks(tx, {
    ...input,
    id: event.id,
    occurredAt: new Date(event.occurredAt),
    changes: event.changes,
  });
  return { id: event.id, hash };
}
