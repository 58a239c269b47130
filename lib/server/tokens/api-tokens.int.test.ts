import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { authenticateApiToken, hashTokenSecret } from "@/lib/server/auth/api-tokens";
import { db } from "@/lib/server/db";
import { createModel } from "@/lib/server/models/create-model";
import { createTeam, createUser, unique } from "@/tests/support/factories";
import { createApiToken } from "./create-api-token";
import { listApiTokens } from "./list-api-tokens";
import { revokeApiToken } from "./revoke-api-token";

// Lets one test make the audit write fail after it has been recorded, to prove the change and its
// event commit or roll back together.
const audit = vi.hoisted(() => ({ failAfterRecording: false }));
vi.mock("@/lib/server/audit/record-audit", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/server/audit/record-audit")>();
  return {
    ...real,
    recordAudit: async (...args: Parameters<typeof real.recordAudit>) => {
      const recorded = await real.recordAudit(...args);
      if (audit.failAfterRecording) throw new Error("the audit store failed");
      return recorded;
    },
  };
});

const rejection = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

const counts = async () => ({ tokens: await db.apiToken.count(), events: await db.auditEvent.count() });

describe("createApiToken", () => {
  it("returns the secret once, stores only its hash and a prefix, and the secret authenticates", async () => {
    const { principal } = await createUser({ roles: ["DATA_SCIENTIST"] });
    const created = await createApiToken(principal, { name: "ci pipeline" });

    expect(created.secret).toMatch(/^mrt_[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({
      name: "ci pipeline",
      scopes: ["read", "write"],
      status: "active",
      prefix: created.secret.slice(0, 10),
    });
    const days = (created.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThanOrEqual(90);

    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.tokenHash).toBe(hashTokenSecret(created.secret));
    expect(JSON.stringify(stored)).not.toContain(created.secret);

    const authenticated = await authenticateApiToken(created.secret);
    expect(authenticated).toMatchObject({ id: principal.id, tokenId: created.id, scopes: ["read", "write"] });
  });

  it("takes an expiry and scopes, sorted and without duplicates", async () => {
    const { principal } = await createUser({ roles: ["LEADERSHIP"] });
    const created = await createApiToken(principal, {
      name: "dashboards",
      expiresInDays: 1,
      scopes: ["read", "read"],
    });
    expect(created.scopes).toEqual(["read"]);
    expect(created.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(86_400_000);
    expect((await authenticateApiToken(created.secret))?.scopes).toEqual(["read"]);
  });

  it("takes a team of the user's, which what it creates without naming one then belongs to", async () => {
    const [nlp, vision, other] = await Promise.all([createTeam(), createTeam(), createTeam()]);
    const { principal } = await createUser({ roles: ["DATA_SCIENTIST"], teamIds: [nlp.id, vision.id] });
    const created = await createApiToken(principal, { name: "vision pipeline", team: vision.slug });
    expect(created.team).toEqual({ id: vision.id, slug: vision.slug, name: expect.any(String) });
    const tokenPrincipal = (await authenticateApiToken(created.secret))!;
    expect(tokenPrincipal.tokenTeamId).toBe(vision.id);
    const model = await createModel(tokenPrincipal, {
      slug: unique("vision-model"),
      name: "V",
      kind: "BASE",
    });
    expect(model.team.id).toBe(vision.id);
    // Named on the creation, the named team wins; a minted child keeps its parent's team.
    const named = await createModel(tokenPrincipal, {
      slug: unique("nlp-model"),
      name: "N",
      kind: "BASE",
      teamId: nlp.id,
    });
    expect(named.team.id).toBe(nlp.id);
    const child = await createApiToken(tokenPrincipal, { name: "child" });
    expect(child.team?.id).toBe(vision.id);

    const before = await counts();
    expect((await rejection(createApiToken(principal, { name: "x", team: other.slug }))).code).toBe(
      "forbidden",
    );
    expect((await rejection(createApiToken(principal, { name: "x", team: "no-such-team" }))).fields).toEqual({
      team: "No such team",
    });
    expect(await counts()).toEqual(before);
  });

  it("writes api_token.created without the secret or the hash", async () => {
    const { principal } = await createUser({ roles: ["DATA_SCIENTIST"] });
    const created = await createApiToken(principal, { name: "audited", scopes: ["write", "read"] });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "api_token", entityId: created.id },
      include: { personal: true },
    });
    expect(event).toMatchObject({
      action: "api_token.created",
      actorId: principal.id,
      personal: { actorEmail: principal.email },
    });
    expect(event.changes).toMatchObject({
      name: "audited",
      scopes: ["read", "write"],
      prefix: created.prefix,
      userId: principal.id,
    });
    const text = JSON.stringify(event.changes);
    expect(text).not.toContain(created.secret);
    expect(text).not.toContain(hashTokenSecret(created.secret));
  });

  it("answers 400 with every field message and stores nothing", async () => {
    const { principal } = await createUser({ roles: ["DATA_SCIENTIST"] });
    const before = await counts();
    const error = await rejection(
      createApiToken(principal, { name: " ", expiresInDays: 366, scopes: ["admin" as never] }),
    );
    expect(error.code).toBe("validation_failed");
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(["expiresInDays", "name", "scopes.0"]);
    expect(
      (await rejection(createApiToken(principal, { name: "x".repeat(101), expiresInDays: 1.5, scopes: [] })))
        .fields,
    ).toEqual({
      name: "At most 100 characters",
      expiresInDays: "A whole number of days",
      scopes: "Pick at least one scope",
    });
    expect((await rejection(createApiToken(principal, { name: "x", expiresInDays: 0 }))).fields).toEqual({
      expiresInDays: "At least 1 day",
    });
    expect(await counts()).toEqual(before);
  });

  it("keeps neither the token nor the event when the transaction fails", async () => {
    const { principal } = await createUser({ roles: ["DATA_SCIENTIST"] });
    const before = await counts();
    audit.failAfterRecording = true;
    try {
      await expect(createApiToken(principal, { name: "doomed" })).rejects.toThrow("the audit store failed");
    } finally {
      audit.failAfterRecording = false;
    }
    // A principal whose user is gone fails on the insert itself: no event either.
    await expect(createApiToken({ ...principal, id: "no-such-user" }, { name: "orphan" })).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });
});

describe("listApiTokens", () => {
  it("shows non-admins only their own tokens, admins everyone's, never a hash", async () => {
    const { principal: alice } = await createUser({ roles: ["DATA_SCIENTIST"] });
    const { principal: bob } = await createUser({ roles: ["COMPLIANCE_OFFICER"] });
    const { principal: admin } = await createUser({ roles: ["ADMIN"] });
    const a = await createApiToken(alice, { name: "alice's" });
    const b = await createApiToken(bob, { name: "bob's" });

    const mine = await listApiTokens(alice);
    expect(mine.items.map((t) => t.id)).toEqual([a.id]);
    expect(JSON.stringify(mine)).not.toMatch(/tokenHash|secret/);

    const all = await listApiTokens(admin);
    expect(all.items.map((t) => t.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect((await listApiTokens(admin, { userId: bob.id })).items.map((t) => t.id)).toEqual([b.id]);
    expect(all.items.find((t) => t.id === b.id)?.user).toEqual({
      id: bob.id,
      email: bob.email,
      name: bob.name,
    });

    await db.apiToken.update({ where: { id: a.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await listApiTokens(alice)).items[0]!.status).toBe("expired");

    expect((await rejection(listApiTokens(alice, { userId: bob.id }))).code).toBe("forbidden");
    expect((await listApiTokens(alice, { userId: alice.id })).items).toHaveLength(1);
  });

  it("pages with a cursor, newest first, and refuses a limit above 200", async () => {
    const { principal } = await createUser({ roles: ["DATA_SCIENTIST"] });
    const ids = [];
    for (const name of ["one", "two", "three"]) ids.push((await createApiToken(principal, { name })).id);
    const first = await listApiTokens(principal, { limit: 2 });
    expect(first.items.map((t) => t.name)).toEqual(["three", "two"]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await listApiTokens(principal, { limit: 2, cursor: first.nextCursor! });
    expect(second).toEqual({ items: [expect.objectContaining({ name: "one" })], nextCursor: null });
    expect((await rejection(listApiTokens(principal, { limit: 201 }))).fields).toEqual({
      limit: "At most 200",
    });
    expect((await rejection(listApiTokens(principal, { cursor: "nonsense" }))).fields).toEqual({
      cursor: "Not a cursor this API returned",
    });
  });
});

describe("revokeApiToken", () => {
  it("revokes the caller's token, which stops working at once, and audits it", async () => {
    const { principal } = await createUser({ roles: ["DATA_SCIENTIST"] });
    const created = await createApiToken(principal, { name: "short-lived" });
    const revoked = await revokeApiToken(principal, { id: created.id });
    expect(revoked).toMatchObject({ id: created.id, status: "revoked", revokedAt: expect.any(Date) });
    expect(await authenticateApiToken(created.secret)).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: created.id, action: "api_token.revoked" },
    });
    expect(event.actorId).toBe(principal.id);
    expect(JSON.stringify(event.changes)).not.toContain(hashTokenSecret(created.secret));
  });

  it("answers 409 the second time, without a second event", async () => {
    const { principal } = await createUser({ roles: ["DATA_SCIENTIST"] });
    const created = await createApiToken(principal, { name: "twice" });
    await revokeApiToken(principal, { id: created.id });
    expect((await rejection(revokeApiToken(principal, { id: created.id }))).code).toBe("conflict");
    expect(await db.auditEvent.count({ where: { entityId: created.id, action: "api_token.revoked" } })).toBe(
      1,
    );
  });

  it("answers 404 for someone else's token (it keeps working) and for an unknown id; admins revoke anyone's", async () => {
    const { principal: owner } = await createUser({ roles: ["DATA_SCIENTIST"] });
    const { principal: other } = await createUser({ roles: ["DATA_SCIENTIST"] });
    const { principal: admin } = await createUser({ roles: ["ADMIN"] });
    const created = await createApiToken(owner, { name: "not yours" });
    expect((await rejection(revokeApiToken(other, { id: created.id }))).code).toBe("not_found");
    expect(await authenticateApiToken(created.secret)).not.toBeNull();
    expect((await rejection(revokeApiToken(admin, { id: "no-such-token" }))).code).toBe("not_found");
    expect((await revokeApiToken(admin, { id: created.id })).status).toBe("revoked");
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: created.id, action: "api_token.revoked" },
    });
    expect(event).toMatchObject({
      actorId: admin.id,
      changes: expect.objectContaining({ userId: owner.id }),
    });
  });
});
