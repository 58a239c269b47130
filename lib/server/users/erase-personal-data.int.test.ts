import { randomUUID } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as eraseRoute } from "@/app/api/v1/admin/users/[id]/erase-personal-data/route";
import { toJsonValue } from "@/lib/audit/canonical-json";
import { hashEvent, type LegacyChainedEvent } from "@/lib/audit/hash-chain";
import { GENESIS_HASH } from "@/lib/audit/hash-chain";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { db } from "@/lib/server/db";
import { createUser } from "@/lib/server/users/create-user";
import { callRoute } from "@/tests/support/call-route";
import { createUserWithToken } from "@/tests/support/factories";

const EMAIL = "ann.example@test.local";
const NAME = "Annika Exampleton";
let admin: Awaited<ReturnType<typeof createUserWithToken>>;
let annId: string;
let legacyId: string;

/** An event as the chain held them before decision 011 (scheme 1: the e-mail hashed), appended at the head. */
async function appendLegacyEvent(actor: { id: string; email: string }, subjectId: string) {
  const head = await db.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  const event: LegacyChainedEvent = {
    id: randomUUID(),
    seq: String((head?.seq ?? BigInt(0)) + BigInt(1)),
    occurredAt: new Date().toISOString(),
    actorId: actor.id,
    actorEmail: actor.email,
    action: "user.created",
    entityType: "user",
    entityId: subjectId,
    changes: toJsonValue({ email: EMAIL, name: NAME, roles: ["DATA_SCIENTIST"], ratio: 0.19047619047619047 }),
  };
  const prevHash = head?.hash ?? GENESIS_HASH;
  await db.$executeRaw`
    INSERT INTO "AuditEvent" (id, seq, "occurredAt", "actorId", action, "entityType", "entityId", changes, "prevHash", hash, scheme)
    VALUES (${event.id}, ${BigInt(event.seq)}, ${new Date(event.occurredAt)}, ${event.actorId}, ${event.action},
            ${event.entityType}, ${event.entityId}, ${JSON.stringify(event.changes)}::jsonb, ${prevHash}, ${hashEvent(prevHash, event)}, 1)`;
  await db.auditPersonalData.create({ data: { eventId: event.id, actorEmail: actor.email } });
  return event.id;
}

async function sql(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Every place the trail could hold a value: each row of both tables as text. */
const mentions = async (value: string) =>
  Number(
    (
      await sql(
        `SELECT (SELECT count(*) FROM "AuditEvent" e WHERE row_to_json(e)::text ILIKE $1)
              + (SELECT count(*) FROM "AuditPersonalData" p WHERE row_to_json(p)::text ILIKE $1) AS n`,
        [`%${value}%`],
      )
    )[0].n,
  );

beforeAll(async () => {
  admin = await createUserWithToken({ roles: ["ADMIN"] });
  const ann = await createUser(admin.principal, { email: EMAIL, name: NAME, roles: ["DATA_SCIENTIST"] });
  annId = ann.id;
  legacyId = await appendLegacyEvent({ id: admin.user.id, email: admin.user.email }, annId);
  // Ann acts herself, and a failed sign-in names her address
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor: { id: annId, email: EMAIL },
      action: "user.signed_in",
      entityType: "user",
      entityId: annId,
      changes: { method: "password" },
    }),
  );
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor: { id: null, email: "system" },
      action: "user.sign_in_failed",
      entityType: "user",
      entityId: annId,
      changes: { email: EMAIL, address: "203.0.113.9", reason: "wrong_password" },
    }),
  );
});

describe("personal data and the audit chain", () => {
  it("keeps new events' personal values beside the chain, and reads them back", async () => {
    const created = await db.auditEvent.findFirstOrThrow({
      where: { action: "user.created", entityId: annId, scheme: 2 },
      select: { changes: true, personalDigest: true, personal: { select: { changes: true } } },
    });
    expect(created.changes).toMatchObject({ email: "(personal data)", name: "(personal data)" });
    expect(created.personal?.changes).toEqual({ email: EMAIL, name: NAME });
    const page = await listAuditEvents(admin.principal, { entity: `user:${annId}`, signIns: "true" });
    const read = page.items.find((event) => event.action === "user.created" && event.prevHash);
    expect(JSON.stringify(page.items)).toContain(EMAIL);
    expect(read).toBeTruthy();
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });

  it("erases a person's e-mail and name from the trail while the chain still verifies", async () => {
    expect(await mentions(EMAIL)).toBeGreaterThan(0);
    const response = await callRoute(eraseRoute, {
      url: `/api/v1/admin/users/${annId}/erase-personal-data`,
      method: "POST",
      token: admin.token,
      params: { id: annId },
    });
    expect(response.status).toBe(200);
    expect(response.body.erasure).toMatchObject({ userId: annId, sealed: 1 });
    expect(response.body.erasure.events).toBeGreaterThanOrEqual(4);

    expect(await verifyAuditChain()).toMatchObject({ ok: true, firstBrokenAt: null });
    expect(await mentions(EMAIL)).toBe(0);
    expect(await mentions(NAME)).toBe(0);
    expect(await mentions("203.0.113.9")).toBe(0);
    const user = await db.user.findUniqueOrThrow({
      where: { id: annId },
      select: { email: true, name: true, disabled: true },
    });
    expect(user).toEqual({ email: `erased-${annId}@erased.invalid`, name: "Erased user", disabled: true });
    const erasure = await db.auditEvent.findFirstOrThrow({
      where: { action: "user.personal_data_erased", entityId: annId },
      select: { changes: true, actorId: true },
    });
    expect(erasure.actorId).toBe(admin.user.id);
    expect(erasure.changes).toMatchObject({ sealed: [{ eventId: legacyId }] });
  });

  it("still finds tampering with an erased legacy event through its seal", async () => {
    await sql(`UPDATE "AuditEvent" SET "entityId" = 'tampered' WHERE id = $1`, [legacyId]);
    expect(await verifyAuditChain()).toMatchObject({ ok: false, firstBrokenAt: legacyId });
    await sql(`UPDATE "AuditEvent" SET "entityId" = $2 WHERE id = $1`, [legacyId, annId]);
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });

  it("refuses others than admins, an unknown user and an admin's own data", async () => {
    const officer = await createUserWithToken({ roles: ["COMPLIANCE_OFFICER"] });
    const call = (id: string, token: string) =>
      callRoute(eraseRoute, {
        url: `/api/v1/admin/users/${id}/erase-personal-data`,
        method: "POST",
        token,
        params: { id },
      });
    expect((await call(annId, officer.token)).status).toBe(403);
    expect((await call("no-such-user", admin.token)).status).toBe(404);
    expect((await call(admin.user.id, admin.token)).status).toBe(409);
  });
});
