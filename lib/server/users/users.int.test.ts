import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { authenticateApiToken } from "@/lib/server/auth/api-tokens";
import { loadPrincipal } from "@/lib/server/auth/load-principal";
import { verifyPassword } from "@/lib/server/auth/passwords";
import { db } from "@/lib/server/db";
import { createTeam, createUser, createUserWithToken, unique } from "@/tests/support/factories";
import { createUser as createUserService } from "./create-user";
import { listUsers } from "./list-users";
import { updateUser } from "./update-user";

const rejection = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};
const eventsFor = (entityId: string) =>
  db.auditEvent.findMany({
    where: { entityId },
    orderBy: { seq: "asc" },
    select: { action: true, actorId: true, changes: true },
  });
const newAdmin = async () => (await createUser({ roles: ["ADMIN"] })).principal;

describe("createUser", () => {
  it("creates a user with roles, teams and a hashed password, audited without the password", async () => {
    const admin = await newAdmin();
    const team = await createTeam();
    const email = `${unique("new")}@Example.test`;
    const user = await createUserService(admin, {
      email: ` ${email} `,
      name: "New Person",
      roles: ["DATA_SCIENTIST", "LEADERSHIP", "DATA_SCIENTIST"],
      password: "correct horse battery",
      teamIds: [team.id],
    });
    expect(user).toMatchObject({
      email: email.toLowerCase(),
      roles: ["DATA_SCIENTIST", "LEADERSHIP"],
      disabled: false,
      lastLoginAt: null,
      teams: [{ id: team.id, slug: team.slug }],
    });
    expect(user).not.toHaveProperty("passwordHash");

    const stored = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true },
    });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored.passwordHash!, "correct horse battery")).toBe(true);

    const [event] = await eventsFor(user.id);
    expect(event).toMatchObject({
      action: "user.created",
      actorId: admin.id,
      // the e-mail and name are kept beside the chain, erasable (decision 011)
      changes: {
        email: "(personal data)",
        roles: ["DATA_SCIENTIST", "LEADERSHIP"],
        teams: [team.slug],
        password: "set",
      },
    });
    const personal = await db.auditPersonalData.findFirstOrThrow({
      where: { event: { entityId: user.id, action: "user.created" } },
    });
    expect(personal.changes).toMatchObject({ email: email.toLowerCase() });
    expect(JSON.stringify(event!.changes)).not.toContain("correct horse");
  });

  it("creates a user without a password (single sign-on only)", async () => {
    const user = await createUserService(await newAdmin(), {
      email: `${unique("sso")}@test.local`,
      name: "SSO",
      roles: ["LEADERSHIP"],
      password: "",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();
  });

  it("answers 400 with every field message, and stores nothing", async () => {
    const admin = await newAdmin();
    const before = { users: await db.user.count(), events: await db.auditEvent.count() };
    const error = await rejection(
      createUserService(admin, { email: "not-an-email", name: "", roles: [], password: "short" }),
    );
    expect(error.fields).toEqual({
      email: "Not an email address",
      name: "Required",
      roles: "Give at least one role",
      password: "At least 12 characters",
    });
    expect(
      (await rejection(createUserService(admin, { email: "a@b.test", name: "x", roles: ["ROOT" as never] })))
        .fields,
    ).toEqual({ "roles.0": "Not a role" });
    const team = await createTeam();
    expect(
      (
        await rejection(
          createUserService(admin, {
            email: "a@b.test",
            name: "x",
            roles: ["ADMIN"],
            teamIds: [team.id, "no-such-team"],
          }),
        )
      ).fields,
    ).toEqual({
      "teamIds.1": "No such team",
    });
    expect({ users: await db.user.count(), events: await db.auditEvent.count() }).toEqual(before);
  });

  it("answers 409 for an email already taken (in any case)", async () => {
    const { user } = await createUser({ roles: ["DATA_SCIENTIST"] });
    const error = await rejection(
      createUserService(await newAdmin(), { email: user.email.toUpperCase(), name: "Dup", roles: ["ADMIN"] }),
    );
    expect(error).toMatchObject({ code: "conflict", fields: { email: "Already taken" } });
  });

  it("is for admins only", async () => {
    const { principal } = await createUser({ roles: ["COMPLIANCE_OFFICER"] });
    expect(
      (await rejection(createUserService(principal, { email: "x@y.test", name: "x", roles: ["ADMIN"] })))
        .code,
    ).toBe("forbidden");
    expect((await rejection(listUsers(principal))).code).toBe("forbidden");
  });
});

describe("listUsers", () => {
  it("lists users with roles, teams, last sign-in and status, newest first, in pages", async () => {
    const admin = await newAdmin();
    const team = await createTeam();
    const { user } = await createUser({
      roles: ["DATA_SCIENTIST", "COMPLIANCE_OFFICER"],
      teamIds: [team.id],
    });
    await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date("2026-01-02T03:04:05Z") } });
    const first = await listUsers(admin, { limit: 1 });
    expect(first.items).toEqual([
      expect.objectContaining({
        id: user.id,
        roles: ["DATA_SCIENTIST", "COMPLIANCE_OFFICER"],
        teams: [{ id: team.id, slug: team.slug, name: team.name }],
        lastLoginAt: new Date("2026-01-02T03:04:05Z"),
        disabled: false,
      }),
    ]);
    expect(first.items[0]).not.toHaveProperty("passwordHash");
    const second = await listUsers(admin, { limit: 1, cursor: first.nextCursor! });
    expect(second.items[0]!.id).toBe(admin.id);
  });
});

describe("updateUser", () => {
  it("changes roles and audits from/to; an unchanged set writes no event", async () => {
    const admin = await newAdmin();
    const { user } = await createUser({ roles: ["DATA_SCIENTIST"] });
    const updated = await updateUser(admin, user.id, { roles: ["LEADERSHIP", "DATA_SCIENTIST"] });
    expect(updated.roles).toEqual(["DATA_SCIENTIST", "LEADERSHIP"]);
    expect((await loadPrincipal(user.id))?.roles).toEqual(["DATA_SCIENTIST", "LEADERSHIP"]);
    await updateUser(admin, user.id, { roles: ["DATA_SCIENTIST", "LEADERSHIP"] });
    expect(await eventsFor(user.id)).toEqual([
      {
        action: "user.roles_changed",
        actorId: admin.id,
        changes: { roles: { from: ["DATA_SCIENTIST"], to: ["DATA_SCIENTIST", "LEADERSHIP"] } },
      },
    ]);
  });

  it("disables a user, whose tokens and session stop working, and enables them again", async () => {
    const admin = await newAdmin();
    const { user, token } = await createUserWithToken({ roles: ["DATA_SCIENTIST"] });
    expect((await updateUser(admin, user.id, { disabled: true })).disabled).toBe(true);
    expect(await authenticateApiToken(token)).toBeNull();
    expect(await loadPrincipal(user.id)).toBeNull();
    await updateUser(admin, user.id, { disabled: false });
    expect(await authenticateApiToken(token)).not.toBeNull();
    expect((await eventsFor(user.id)).map((e) => e.action)).toEqual(["user.disabled", "user.enabled"]);
  });

  it("answers 400 for an empty change, 404 for an unknown user, 409 for disabling yourself", async () => {
    const admin = await newAdmin();
    expect((await rejection(updateUser(admin, admin.id, {}))).fields).toEqual({
      _: "Send at least one of roles, teamIds and disabled",
    });
    expect(
      (await rejection(updateUser(admin, admin.id, { roles: [], disabled: "yes" as never }))).fields,
    ).toEqual({
      roles: "Give at least one role",
      disabled: "true or false",
    });
    expect((await rejection(updateUser(admin, "no-such-user", { disabled: true }))).code).toBe("not_found");
    expect((await rejection(updateUser(admin, admin.id, { disabled: true }))).code).toBe("conflict");
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).disabled).toBe(false);
  });

  it("never lets the last active admin lose the role or be disabled (409), and lets them go once another admin exists", async () => {
    // Disabled admins do not count: disabling the file's other admins leaves `last` as the only active one.
    const outgoing = await newAdmin();
    await db.user.updateMany({ where: { roles: { has: "ADMIN" } }, data: { disabled: true } });
    const last = await newAdmin();
    const before = await db.auditEvent.count();
    const demote = await rejection(updateUser(last, last.id, { roles: ["DATA_SCIENTIST"] }));
    expect(demote).toMatchObject({
      code: "conflict",
      fields: { roles: "The last active admin must keep the Admin role" },
    });
    expect((await rejection(updateUser(outgoing, last.id, { disabled: true }))).fields).toEqual({
      disabled: "The last active admin cannot be disabled",
    });
    expect(await db.auditEvent.count()).toBe(before);

    const other = await newAdmin();
    await updateUser(last, last.id, { roles: ["DATA_SCIENTIST", "LEADERSHIP"] });
    expect((await rejection(updateUser(other, other.id, { roles: ["LEADERSHIP"] }))).code).toBe("conflict");
    expect((await rejection(updateUser(other, other.id, { disabled: true }))).code).toBe("conflict");
  });

  it("lets only one of two admins demoting each other at the same moment succeed", async () => {
    await db.user.updateMany({ where: { roles: { has: "ADMIN" } }, data: { disabled: true } });
    const a = await newAdmin();
    const b = await newAdmin();
    const results = await Promise.allSettled([
      updateUser(a, b.id, { roles: ["LEADERSHIP"] }),
      updateUser(b, a.id, { roles: ["LEADERSHIP"] }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.user.count({ where: { roles: { has: "ADMIN" }, disabled: false } })).toBe(1);
  });
});
