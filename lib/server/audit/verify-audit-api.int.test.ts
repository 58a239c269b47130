import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as verifyRoute } from "@/app/api/v1/audit/verify/route";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import { createUserWithToken } from "@/tests/support/factories";
import { getAuditEventOrThrow } from "./get-audit-event";
import { recordAudit, SYSTEM_ACTOR } from "./record-audit";

let officer: Awaited<ReturnType<typeof createUserWithToken>>;
let ids: string[];

const verify = async (token = officer.token) =>
  callRoute(verifyRoute, { url: "/api/v1/audit/verify", token });

/** Tampering goes around the application, as an attacker with database access would. */
async function sql(text: string, values: unknown[]) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  officer = await createUserWithToken({ roles: ["COMPLIANCE_OFFICER"] });
  for (let i = 1; i <= 5; i++) {
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actor: SYSTEM_ACTOR,
        action: "model.created",
        entityType: "model",
        entityId: `m${i}`,
        changes: { n: i },
      }),
    );
  }
  ids = (await db.auditEvent.findMany({ orderBy: { seq: "asc" }, select: { id: true } })).map((e) => e.id);
});

describe("GET /api/v1/audit/verify", () => {
  it("answers 401 without a token and 403 for a data scientist", async () => {
    expect((await callRoute(verifyRoute, { url: "/api/v1/audit/verify" })).status).toBe(401);
    const { token } = await createUserWithToken({ roles: ["DATA_SCIENTIST"] });
    expect((await verify(token)).status).toBe(403);
  });

  it("reports an intact chain with its length", async () => {
    expect(await verify()).toMatchObject({ status: 200, body: { ok: true, events: 5, firstBrokenAt: null } });
  });

  it("points at an event whose entityId was edited in SQL, and the event page shows why", async () => {
    const target = ids[2]!;
    await sql(`UPDATE "AuditEvent" SET "entityId" = 'tampered' WHERE id = $1`, [target]);
    expect((await verify()).body).toEqual({ ok: false, events: 5, firstBrokenAt: target });
    const detail = await getAuditEventOrThrow(officer.principal, target);
    expect(detail.check).toEqual({ hashMatchesContent: false, linksToPrevious: true });

    await sql(`UPDATE "AuditEvent" SET "entityId" = 'm3' WHERE id = $1`, [target]);
    expect((await verify()).body).toEqual({ ok: true, events: 5, firstBrokenAt: null });
  });

  it("points at the event after a deleted one, whose link no longer matches", async () => {
    await sql(`DELETE FROM "AuditEvent" WHERE id = $1`, [ids[3]]);
    expect((await verify()).body).toEqual({ ok: false, events: 4, firstBrokenAt: ids[4] });
    const detail = await getAuditEventOrThrow(officer.principal, ids[4]!);
    expect(detail).toMatchObject({
      previous: { id: ids[2] },
      check: { hashMatchesContent: true, linksToPrevious: false },
    });
  });
});
