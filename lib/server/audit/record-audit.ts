import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { toJsonValue, type JsonValue } from "@/lib/audit/canonical-json";
import {
  canonicalAroundSeq,
  cutAtMarker,
  newValueMarker,
  type PersonalChainedEvent,
} from "@/lib/audit/hash-chain";
import { personalDigest, splitPersonal, type PersonalValues } from "@/lib/audit/personal-data";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/server/db";
import { fanOutToWebhooks } from "@/lib/server/webhooks/fan-out";
import { webhookEventOf } from "@/lib/webhooks/events";

/** Who did it: a signed-in user or token holder, or the system itself (seed, migrations, jobs). */
export type AuditActor = { id: string; email: string } | { id: null; email: "system" };
export const SYSTEM_ACTOR: AuditActor = { id: null, email: "system" };
/** A person acting: what records that someone created or owns something (a `createdById`) require. */
export type UserActor = Extract<AuditActor, { id: string }>;

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

// Every append takes this transaction-scoped lock (in append_audit_event), so two transactions can never
// read the same chain head and fork the chain. It is released at commit or rollback: record the event as
// late in the transaction as you can to keep the serialised part short.
const AUDIT_CHAIN_LOCK = 727_002;

export async function recordAudit(tx: Tx, input: AuditInput) {
  const { event, call } = prepareAppend(input, Prisma.sql`${input.entityId}`);
  const [appended] = await tx.$queryRaw<{ hash: string }[]>`SELECT hash FROM ${call}`;
  // Webhook deliveries derive from audit events, here, so no service has to know about webhooks. They
  // carry the hashed changes, with personal values already taken out (decision 011).
  await fanOutToWebhooks(tx, {
    ...input,
    id: event.id,
    occurredAt: new Date(event.occurredAt),
    changes: event.changes,
  });
  return { id: event.id, hash: appended!.hash };
}

/**
 * The append of an event as a SQL function call, for a write that records its event in its own statement
 * (decision 015): `FROM <the write's CTE> w, LATERAL ${call} a`. The event's entity id is read from the
 * written row (`entityIdFrom`, e.g. `w.id`, the same value as input.entityId), so the append, which
 * takes the chain's lock, can only run after the write. `decided` is an integer of `changes` that the
 * statement itself decides (a version's number): it is hashed and stored as the database decided it.
 * An action that fires webhooks is recorded with recordAudit, which writes its deliveries.
 */
export function auditAppendCall(
  input: AuditInput,
  entityIdFrom: Prisma.Sql,
  decided?: { key: string; value: Prisma.Sql },
): Prisma.Sql {
  if (webhookEventOf(input.action))
    throw new Error(
      `${input.action} fires webhooks: record it with recordAudit, which writes the deliveries`,
    );
  return prepareAppend(input, entityIdFrom, decided).call;
}

function prepareAppend(
  input: AuditInput,
  entityIdSql: Prisma.Sql,
  decided?: { key: string; value: Prisma.Sql },
) {
  const given = toJsonValue(input.changes ?? (decided ? {} : null));
  // A decided value stands in the changes as a marker, cut out of the hashed text below.
  const marker = decided ? newValueMarker() : null;
  if (decided && (typeof given !== "object" || given === null || Array.isArray(given)))
    throw new Error("a decided value goes into an object of changes");
  // Personal values (the actor's e-mail, e-mails and names in `changes`) go to a side record the hash
  // covers only through a salted digest, so erasing them later leaves the chain verifiable (decision 011).
  const split = splitPersonal(
    input.entityType,
    decided ? { ...(given as Record<string, JsonValue>), [decided.key]: marker } : given,
  );
  const actorEmail = input.actor.id === null ? null : input.actor.email;
  const personal: PersonalValues | null =
    actorEmail !== null || split.personal !== null ? { actorEmail, changes: split.personal } : null;
  if (decided && split.personal && decided.key in split.personal)
    throw new Error(`a decided value cannot be personal data: ${decided.key}`);
  const salt = personal ? randomBytes(16).toString("hex") : null;
  const event: Omit<PersonalChainedEvent, "seq"> = {
    scheme: 2,
    id: randomUUID(),
    // Stored with millisecond precision, so the hashed ISO string is exactly what a verifier reads back.
    occurredAt: (input.occurredAt ?? new Date()).toISOString(),
    actorId: input.actor.id,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    changes: split.changes,
    personalDigest: personal && salt ? personalDigest(salt, personal) : null,
  };
  // The append is the serialised part, so it is one call: the database takes the lock, reads the head,
  // and finishes the hash from the canonical text cut where the seq goes (decision 015).
  const { before, after } = canonicalAroundSeq(event);
  // Raw SQL, not tx.auditEvent.create: Prisma writes JSON numbers with at most 16 significant digits,
  // so a value such as 0.19047619047619047 would be stored unlike what was hashed and fail verification.
  const changes = event.changes === null ? null : JSON.stringify(event.changes);
  const personalChanges = personal?.changes ? JSON.stringify(personal.changes) : null;
  let beforeSql = Prisma.sql`${before}`;
  let changesSql = Prisma.sql`${changes}::jsonb`;
  if (decided && marker) {
    // JSON spells an integer as canonical JSON does, so the text hashed is the text a verifier rebuilds.
    const [head, tail] = cutAtMarker(before, marker);
    const value = Prisma.sql`to_jsonb((${decided.value})::bigint)`;
    beforeSql = Prisma.sql`${head} || ${value}::text || ${tail}`;
    changesSql = Prisma.sql`jsonb_set(${changes}::jsonb, ${[decided.key]}::text[], ${value})`;
  }
  const call = Prisma.sql`append_audit_event(
    ${AUDIT_CHAIN_LOCK}, ${event.id}, ${new Date(event.occurredAt)}, ${event.actorId}, ${event.action},
    ${event.entityType}, ${entityIdSql}, ${changesSql}, ${event.scheme}, ${event.personalDigest},
    ${beforeSql}, ${after}, ${personal !== null}, ${actorEmail}, ${personalChanges}::jsonb, ${salt})`;
  return { event, call };
}
