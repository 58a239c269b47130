import { describe, expect, it } from "vitest";
import { hashTokenSecret } from "@/lib/server/auth/api-tokens";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import { createUserWithToken } from "@/tests/support/factories";
import { DELETE } from "./[id]/route";
import { GET, POST } from "./route";

const create = (token: string | undefined, body: unknown) =>
  callRoute(POST, { url: "/api/v1/tokens", method: "POST", token, body });
const revoke = (token: string | undefined, id: string) =>
  callRoute(DELETE, { url: `/api/v1/tokens/${id}`, method: "DELETE", token, params: { id } });

describe("/api/v1/tokens", () => {
  it("answers 401 without credentials or with a bad token", async () => {
    expect((await callRoute(GET, { url: "/api/v1/tokens" })).status).toBe(401);
    expect((await create(undefined, { name: "x" })).status).toBe(401);
    expect((await create("mrt_not-a-token", { name: "x" })).status).toBe(401);
    expect((await revoke(undefined, "anything")).status).toBe(401);
  });

  it("creates a token for any role: 201 with the secret once, which then authenticates", async () => {
    for (const roles of [["DATA_SCIENTIST"], ["COMPLIANCE_OFFICER"], ["LEADERSHIP"], ["ADMIN"]] as const) {
      const { token, user } = await createUserWithToken({ roles: [...roles] });
      const response = await create(token, { name: "pipeline", expiresInDays: 7, scopes: ["read"] });
      expect(response.status).toBe(201);
      const secret: string = response.body.token.secret;
      expect(response.body.token).toMatchObject({
        name: "pipeline",
        scopes: ["read"],
        status: "active",
        user: { id: user.id },
      });
      expect(response.body.token).not.toHaveProperty("tokenHash");
      expect(await db.apiToken.count({ where: { tokenHash: hashTokenSecret(secret) } })).toBe(1);

      const listed = await callRoute(GET, { url: "/api/v1/tokens", token: secret });
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((t: { name: string }) => t.name)).toContain("pipeline");
      const text = JSON.stringify(listed.body);
      expect(text).not.toContain(secret);
      expect(text).not.toContain(hashTokenSecret(secret));
    }
  });

  it("answers 400 with a message per field and stores nothing", async () => {
    const { token } = await createUserWithToken({ roles: ["DATA_SCIENTIST"] });
    const before = { tokens: await db.apiToken.count(), events: await db.auditEvent.count() };
    const response = await create(token, { name: "", expiresInDays: "ninety", scopes: "read" });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("validation_failed");
    expect(Object.keys(response.body.error.fields).sort()).toEqual(["expiresInDays", "name", "scopes"]);
    expect(
      (await callRoute(POST, { url: "/api/v1/tokens", method: "POST", token, rawBody: "{oops" })).status,
    ).toBe(400);
    expect((await callRoute(GET, { url: "/api/v1/tokens?limit=500", token })).body.error.fields).toEqual({
      limit: "At most 200",
    });
    expect({ tokens: await db.apiToken.count(), events: await db.auditEvent.count() }).toEqual(before);
  });

  it("refuses a create with a read-only token (403)", async () => {
    const { token } = await createUserWithToken({ roles: ["DATA_SCIENTIST"], scopes: ["read"] });
    expect((await create(token, { name: "escalate" })).status).toBe(403);
  });

  it("lists only the caller's tokens, and everyone's for an admin (userId narrows)", async () => {
    const { token: scientist, user: scientistUser } = await createUserWithToken({
      roles: ["DATA_SCIENTIST"],
    });
    const { token: leader, user: leaderUser } = await createUserWithToken({ roles: ["LEADERSHIP"] });
    const { token: admin } = await createUserWithToken({ roles: ["ADMIN"] });
    const owners = async (token: string, query = "") =>
      new Set(
        (await callRoute(GET, { url: `/api/v1/tokens?limit=200${query}`, token })).body.items.map(
          (t: { user: { id: string } }) => t.user.id,
        ),
      );

    expect(await owners(scientist)).toEqual(new Set([scientistUser.id]));
    expect(await owners(leader)).toEqual(new Set([leaderUser.id]));
    const all = await owners(admin);
    expect(all.has(scientistUser.id) && all.has(leaderUser.id)).toBe(true);
    expect(await owners(admin, `&userId=${leaderUser.id}`)).toEqual(new Set([leaderUser.id]));
    expect(
      (await callRoute(GET, { url: `/api/v1/tokens?userId=${leaderUser.id}`, token: scientist })).status,
    ).toBe(403);
  });

  it("revokes: 204, then the token is refused (401); again 409; someone else's 404; admins any", async () => {
    const { token: owner } = await createUserWithToken({ roles: ["DATA_SCIENTIST"] });
    const { token: other } = await createUserWithToken({ roles: ["COMPLIANCE_OFFICER"] });
    const { token: admin } = await createUserWithToken({ roles: ["ADMIN"] });
    const first = (await create(owner, { name: "first" })).body.token;
    const second = (await create(owner, { name: "second" })).body.token;

    expect((await revoke(other, first.id)).status).toBe(404);
    expect((await revoke(owner, "no-such-token")).status).toBe(404);
    const done = await revoke(owner, first.id);
    expect(done).toMatchObject({ status: 204, body: null });
    expect((await callRoute(GET, { url: "/api/v1/tokens", token: first.secret })).status).toBe(401);
    const again = await revoke(owner, first.id);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("conflict");

    expect((await revoke(admin, second.id)).status).toBe(204);
    expect((await callRoute(GET, { url: "/api/v1/tokens", token: second.secret })).status).toBe(401);
  });
});
