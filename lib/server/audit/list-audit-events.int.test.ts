import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as listRoute } from "@/app/api/v1/audit/route";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import { createUser, createUserWithToken } from "@/tests/support/factories";
import { getAuditEventOrThrow } from "./get-audit-event";
import { listAuditEntityTypes } from "./list-audit-entity-types";
import { listEntityEvents } from "./list-entity-events";
import { recordAudit, SYSTEM_ACTOR, type AuditActor } from "./record-audit";

let officer: Awaited<ReturnType<typeof createUserWithToken>>;
let alice: AuditActor;
let bob: AuditActor;

/** Appends through the real write side, at a chosen time, so the chain stays valid. */
async function append(at: string, actor: AuditActor, action: string, entity: string, changes?: unknown) {
  vi.setSystemTime(new Date(at));
  const [entityType, entityId] = entity.split(":") as [string, string];
  await db.$transaction((tx) => recordAudit(tx, { actor, action, entityType, entityId, changes }));
}

const list = async (query: string, token = officer.token) =>
  callRoute(listRoute, { url: `/api/v1/audit?${query}`, token });
const actionsOf = (body: { items: { action: string; entity: { id: string } }[] }) =>
  body.items.map((e) => `${e.action} ${e.entity.id}`);

beforeAll(async () => {
  officer = await createUserWithToken({ roles: ["COMPLIANCE_OFFICER"] });
  alice = {
    id: (await createUser({ roles: ["DATA_SCIENTIST"], email: "alice@test.local" })).user.id,
    email: "alice@test.local",
  };
  bob = { id: (await createUser({ roles: ["DATA_SCIENTIST"] })).user.id, email: "bob@test.local" };
  vi.useFakeTimers({ toFake: ["Date"] });
  await append("2026-01-10T09:00:00Z", alice, "model.created", "model:m1", { slug: "m1" });
  await append("2026-01-11T09:00:00Z", alice, "model_version.created", "model_version:v1");
  await append("2026-01-12T09:00:00Z", bob, "model_version.promoted", "model_version:v1", {
    stage: { from: "DEVELOPMENT", to: "STAGING" },
  });
  await append("2026-01-13T09:00:00Z", SYSTEM_ACTOR, "team.created", "team:t1");
  // An underscore is a LIKE wildcard: a prefix filter must not let "model_version." match this one.
  await append("2026-01-13T10:00:00Z", alice, "modelxversion.created", "modelxversion:x1");
  await append("2026-01-14T09:00:00Z", alice, "model_version.created", "model_version:v2");
  for (let i = 0; i < 60; i++)
    await append(`2026-01-15T09:00:${String(i).padStart(2, "0")}Z`, bob, "dataset.created", `dataset:d${i}`);
  vi.useRealTimers();
});

afterAll(() => vi.useRealTimers());

describe("GET /api/v1/audit: access", () => {
  it("answers 401 without a token and 403 for a data scientist, before reading the query", async () => {
    expect((await callRoute(listRoute, { url: "/api/v1/audit" })).status).toBe(401);
    const { token } = await createUserWithToken({ roles: ["DATA_SCIENTIST"] });
    const response = await list("limit=999", token);
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe("forbidden");
  });

  it("lets leadership read the trail too", async () => {
    const { token } = await createUserWithToken({ roles: ["LEADERSHIP"] });
    expect((await list("limit=1", token)).status).toBe(200);
  });
});

describe("GET /api/v1/audit: filters", () => {
  it("answers newest first with the documented shape", async () => {
    const { status, body } = await list("entity=model_version:v1");
    expect(status).toBe(200);
    expect(body.nextCursor).toBeNull();
    expect(body.items).toHaveLength(2);
    const [promoted, created] = body.items;
    expect(promoted).toEqual({
      id: expect.any(String),
      seq: "3",
      occurredAt: "2026-01-12T09:00:00.000Z",
      actor: { id: bob.id, email: "bob@test.local", name: expect.stringMatching(/^user-/) },
      action: "model_version.promoted",
      entity: { type: "model_version", id: "v1", label: null },
      changes: { stage: { from: "DEVELOPMENT", to: "STAGING" } },
      references: {},
      prevHash: created.hash,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(created.changes).toBeNull();
  });

  it("filters by entity type, or type and id", async () => {
    expect(actionsOf((await list("entity=model_version")).body)).toEqual([
      "model_version.created v2",
      "model_version.promoted v1",
      "model_version.created v1",
    ]);
    expect(actionsOf((await list("entity=model:m1")).body)).toEqual(["model.created m1"]);
    expect((await list("entity=model_version:nope")).body.items).toEqual([]);
  });

  it("filters by actor id, e-mail (any case) or system", async () => {
    const byEmail = (await list("actor=ALICE@test.local")).body;
    expect(actionsOf(byEmail)).toEqual([
      "model_version.created v2",
      "modelxversion.created x1",
      "model_version.created v1",
      "model.created m1",
    ]);
    expect(actionsOf((await list(`actor=${alice.id}`)).body)).toEqual(actionsOf(byEmail));
    expect((await list(`actor=${bob.id}&limit=200`)).body.items).toHaveLength(61);
    expect(actionsOf((await list("actor=system")).body)).toEqual(["team.created t1"]);
  });

  it("filters by exact action or by a prefix ending in '.' or '*'", async () => {
    expect(actionsOf((await list("action=model_version.created")).body)).toEqual([
      "model_version.created v2",
      "model_version.created v1",
    ]);
    const prefixed = ["model_version.created v2", "model_version.promoted v1", "model_version.created v1"];
    expect(actionsOf((await list("action=model_version.")).body)).toEqual(prefixed);
    expect(actionsOf((await list("action=model_version.*")).body)).toEqual(prefixed);
    expect((await list("action=model*")).body.items).toHaveLength(5);
  });

  it("filters by time: bare dates cover whole UTC days, timestamps are exact", async () => {
    expect(actionsOf((await list("from=2026-01-11&to=2026-01-13")).body)).toEqual([
      "modelxversion.created x1",
      "team.created t1",
      "model_version.promoted v1",
      "model_version.created v1",
    ]);
    expect(actionsOf((await list("from=2026-01-12T09:00:00Z&to=2026-01-13T09:00:00Z")).body)).toEqual([
      "team.created t1",
      "model_version.promoted v1",
    ]);
    expect((await list("from=2026-01-16")).body.items).toEqual([]);
  });

  it("combines filters", async () => {
    const { body } = await list(
      `entity=model_version&actor=alice@test.local&action=model_version.created&from=2026-01-12`,
    );
    expect(actionsOf(body)).toEqual(["model_version.created v2"]);
    expect((await list("entity=model_version&actor=system")).body.items).toEqual([]);
  });
});

describe("GET /api/v1/audit: pagination", () => {
  async function walk(query: string, limit: number) {
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await list(`${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`);
      expect(response.status).toBe(200);
      expect(response.body.items.length).toBeLessThanOrEqual(limit);
      ids.push(...response.body.items.map((e: { id: string }) => e.id));
      cursor = response.body.nextCursor;
      pages++;
    } while (cursor);
    return { ids, pages };
  }

  it("walks every event exactly once, newest first, and stops with a null cursor", async () => {
    const all = await db.auditEvent.findMany({ orderBy: { seq: "desc" }, select: { id: true } });
    const { ids, pages } = await walk("", 7);
    expect(ids).toEqual(all.map((e) => e.id));
    expect(pages).toBe(Math.ceil(all.length / 7));
    expect((await list("")).body.items).toHaveLength(50);
  });

  it("pages through a filter without gaps or repeats", async () => {
    const { ids } = await walk(`actor=${bob.id}`, 10);
    expect(ids).toHaveLength(61);
    expect(new Set(ids).size).toBe(61);
  });

  it("neither repeats nor skips events when new ones arrive between pages", async () => {
    const first = await list("action=dataset.created&limit=20");
    await append(new Date().toISOString(), bob, "dataset.created", "dataset:late");
    const second = await list(`action=dataset.created&limit=20&cursor=${first.body.nextCursor}`);
    const seqs = [...first.body.items, ...second.body.items].map((e: { seq: string }) => Number(e.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(seqs[19]! - seqs[20]!).toBe(1);
    expect(second.body.items.map((e: { entity: { id: string } }) => e.entity.id)).not.toContain("late");
  });
});

describe("GET /api/v1/audit: bad parameters are 400s with a message per field", () => {
  it.each([
    ["limit=201", "limit"],
    ["limit=0", "limit"],
    ["limit=ten", "limit"],
    ["cursor=garbage", "cursor"],
    [`cursor=${Buffer.from("seq:abc").toString("base64url")}`, "cursor"],
    ["from=yesterday", "from"],
    ["to=2026-13-01", "to"],
    ["from=2026-01-12T10:00:00", "from"],
    ["from=2026-01-13&to=2026-01-12", "to"],
    ["entity=Model", "entity"],
    ["actor=not%20an%20id", "actor"],
    ["action=model%25", "action"],
  ])("%s", async (query, field) => {
    const response = await list(query);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("validation_failed");
    expect(Object.keys(response.body.error.fields)).toEqual([field]);
  });

  it("reports every bad parameter at once", async () => {
    const response = await list("limit=201&cursor=x&from=soon&entity=A");
    expect(Object.keys(response.body.error.fields).sort()).toEqual(["cursor", "entity", "from", "limit"]);
  });
});

describe("entity change log and event detail", () => {
  it("lists one entity's events newest first, with a flag for older ones", async () => {
    const log = await listEntityEvents("model_version", "v1");
    expect(log.items.map((e) => e.action)).toEqual(["model_version.promoted", "model_version.created"]);
    expect(log.hasMore).toBe(false);
    const one = await listEntityEvents("model_version", "v1", { limit: 1 });
    expect(one).toMatchObject({ items: [{ action: "model_version.promoted" }], hasMore: true });
    await expect(listEntityEvents("Model Version", "v1")).rejects.toMatchObject({
      code: "validation_failed",
      fields: { entityType: expect.any(String) },
    });
    await expect(listEntityEvents("model", "m1", { limit: 500 })).rejects.toMatchObject({
      fields: { limit: "At most 200" },
    });
  });

  it("lists the entity types present, for the filter", async () => {
    expect(await listAuditEntityTypes(officer.principal)).toEqual([
      "dataset",
      "model",
      "model_version",
      "modelxversion",
      "team",
    ]);
  });

  it("shows one event with its neighbours and its own checks, and refuses readers without audit.read", async () => {
    const [first, second] = await db.auditEvent.findMany({
      orderBy: { seq: "asc" },
      take: 2,
      select: { id: true },
    });
    const detail = await getAuditEventOrThrow(officer.principal, second!.id);
    expect(detail).toMatchObject({
      previous: { id: first!.id, seq: "1" },
      next: { seq: "3" },
      check: { hashMatchesContent: true, linksToPrevious: true },
    });
    expect((await getAuditEventOrThrow(officer.principal, first!.id)).previous).toBeNull();
    await expect(getAuditEventOrThrow(officer.principal, "missing")).rejects.toMatchObject({
      code: "not_found",
    });
    const { principal } = await createUser({ roles: ["DATA_SCIENTIST"] });
    await expect(getAuditEventOrThrow(principal, first!.id)).rejects.toMatchObject({ code: "forbidden" });
  });
});
