import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import { createTeam, createUserWithToken, unique } from "@/tests/support/factories";
import { GET as getOne, PATCH } from "./[id]/route";
import { GET, POST } from "./route";

const NON_ADMIN_ROLES = ["DATA_SCIENTIST", "COMPLIANCE_OFFICER", "LEADERSHIP"] as const;
const patch = (token: string | undefined, id: string, body: unknown) =>
  callRoute(PATCH, { url: `/api/v1/admin/users/${id}`, method: "PATCH", token, body, params: { id } });
const post = (token: string | undefined, body: unknown) =>
  callRoute(POST, { url: "/api/v1/admin/users", method: "POST", token, body });

describe("/api/v1/admin/users", () => {
  it("answers 401 without credentials", async () => {
    expect((await callRoute(GET, { url: "/api/v1/admin/users" })).status).toBe(401);
    expect((await post(undefined, {})).status).toBe(401);
    expect((await patch(undefined, "x", {})).status).toBe(401);
  });

  it("answers 403 to every role but admin, before looking at the body, and changes nothing", async () => {
    const { user: target } = await createUserWithToken({ roles: ["DATA_SCIENTIST"] });
    const before = { users: await db.user.count(), events: await db.auditEvent.count() };
    for (const role of NON_ADMIN_ROLES) {
      const { token } = await createUserWithToken({ roles: [role] });
      const list = await callRoute(GET, { url: "/api/v1/admin/users", token });
      expect(list.status).toBe(403);
      expect(list.body.error.code).toBe("forbidden");
      expect(
        (await post(token, { email: `${unique("x")}@t.local`, name: "x", roles: ["ADMIN"] })).status,
      ).toBe(403);
      expect((await post(token, "not even an object")).status).toBe(403);
      expect((await patch(token, target.id, { roles: ["ADMIN"] })).status).toBe(403);
      expect(
        (
          await callRoute(getOne, {
            url: `/api/v1/admin/users/${target.id}`,
            token,
            params: { id: target.id },
          })
        ).status,
      ).toBe(403);
    }
    // The factory users above are the only new rows; nothing the refused calls asked for exists.
    expect(await db.user.count()).toBe(before.users + NON_ADMIN_ROLES.length);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).roles).toEqual(["DATA_SCIENTIST"]);
    expect(await db.auditEvent.count()).toBe(before.events);
  });

  it("lists users with roles and teams for an admin, as { items, nextCursor }", async () => {
    const team = await createTeam();
    const { token, user } = await createUserWithToken({ roles: ["ADMIN"], teamIds: [team.id] });
    const response = await callRoute(GET, { url: "/api/v1/admin/users?limit=1", token });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      items: [
        {
          id: user.id,
          email: user.email,
          name: user.name,
          roles: ["ADMIN"],
          disabled: false,
          lastLoginAt: null,
          createdAt: user.createdAt.toISOString(),
          teams: [{ id: team.id, slug: team.slug, name: team.name }],
        },
      ],
      nextCursor: expect.any(String),
    });
    expect((await callRoute(GET, { url: "/api/v1/admin/users?limit=0", token })).status).toBe(400);
  });

  it("creates a user (201), refuses bad input with every field (400) and a taken email (409)", async () => {
    const { token } = await createUserWithToken({ roles: ["ADMIN"] });
    const email = `${unique("person")}@t.local`;
    const created = await post(token, {
      email,
      name: "A Person",
      roles: ["COMPLIANCE_OFFICER"],
      password: "a long enough password",
    });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ email, roles: ["COMPLIANCE_OFFICER"], teams: [] });
    expect(JSON.stringify(created.body)).not.toMatch(/password/i);

    const before = await db.user.count();
    const invalid = await post(token, { email: "nope", roles: "ADMIN", password: 12 });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.error.fields).sort()).toEqual(["email", "name", "password", "roles"]);
    expect(await db.user.count()).toBe(before);

    const taken = await post(token, { email, name: "Again", roles: ["ADMIN"] });
    expect(taken.status).toBe(409);
    expect(taken.body.error.fields).toEqual({ email: "Already taken" });
  });

  it("patches roles and disabled: 200, 400, 404, 409", async () => {
    const { token, user: admin } = await createUserWithToken({ roles: ["ADMIN"] });
    const { user, token: theirs } = await createUserWithToken({ roles: ["DATA_SCIENTIST"] });
    const changed = await patch(token, user.id, { roles: ["DATA_SCIENTIST", "ADMIN"] });
    expect(changed).toMatchObject({
      status: 200,
      body: { user: { id: user.id, roles: ["DATA_SCIENTIST", "ADMIN"] } },
    });

    expect((await patch(token, user.id, { disabled: true })).body.user.disabled).toBe(true);
    expect((await callRoute(GET, { url: "/api/v1/admin/users", token: theirs })).status).toBe(401);

    expect((await patch(token, user.id, { roles: ["OWNER"] })).body.error.fields).toEqual({
      "roles.0": "Not a role",
    });
    expect((await patch(token, "no-such-user", { roles: ["ADMIN"] })).status).toBe(404);
    expect((await patch(token, admin.id, { disabled: true })).status).toBe(409);
    expect(
      (await callRoute(getOne, { url: "/api/v1/admin/users/nope", token, params: { id: "nope" } })).status,
    ).toBe(404);
  });
});
