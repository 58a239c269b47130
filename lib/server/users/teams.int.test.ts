import { describe, expect, it } from "vitest";
import { GET as listTeamsRoute, POST as createTeamRoute } from "@/app/api/v1/admin/teams/route";
import { PATCH } from "@/app/api/v1/admin/users/[id]/route";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import {
  createTeam as createTeamRow,
  createUser,
  createUserWithToken,
  unique,
} from "@/tests/support/factories";
import { createTeam } from "./create-team";
import { updateUser } from "./update-user";

const patch = (token: string, id: string, body: unknown) =>
  callRoute(PATCH, { url: `/api/v1/admin/users/${id}`, method: "PATCH", token, body, params: { id } });

describe("a user's teams", () => {
  it("are replaced by an admin, audited as one event in the same transaction", async () => {
    const [a, b, c] = [await createTeamRow(), await createTeamRow(), await createTeamRow()];
    const admin = await createUserWithToken({ roles: ["ADMIN"] });
    const { user } = await createUser({ roles: ["DATA_SCIENTIST"], teamIds: [a.id] });
    const response = await patch(admin.token, user.id, { teamIds: [c.id, b.id, b.id] });
    expect(response.status).toBe(200);
    expect(response.body.user.teams.map((t: { id: string }) => t.id).sort()).toEqual([b.id, c.id].sort());
    const events = await db.auditEvent.findMany({
      where: { entityId: user.id, action: "user.teams_changed" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.actorId).toBe(admin.user.id);
    expect(events[0]!.changes).toEqual({ teams: { from: [a.slug], to: [b.slug, c.slug].sort() } });
    // the same teams again change nothing and record nothing
    expect((await patch(admin.token, user.id, { teamIds: [b.id, c.id] })).status).toBe(200);
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.teams_changed" } })).toBe(1);
  });

  it("refuses an unknown team with a 400 on its place, and non-admins with a 403, changing nothing", async () => {
    const team = await createTeamRow();
    const admin = await createUserWithToken({ roles: ["ADMIN"] });
    const scientist = await createUserWithToken({ roles: ["DATA_SCIENTIST"], teamIds: [team.id] });
    const unknown = await patch(admin.token, scientist.user.id, { teamIds: [team.id, "cmnosuchteam00"] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toEqual({ "teamIds.1": "No such team" });
    const self = await patch(scientist.token, scientist.user.id, { teamIds: [] });
    expect(self.status).toBe(403);
    expect(await db.teamMembership.count({ where: { userId: scientist.user.id } })).toBe(1);
  });
});

describe("creating a team", () => {
  it("is for admins, trims the name, refuses a taken slug, and is audited", async () => {
    const { principal: admin } = await createUser({ roles: ["ADMIN"] });
    const { principal: scientist } = await createUser({ roles: ["DATA_SCIENTIST"] });
    const slug = unique("vision");
    await expect(createTeam(scientist, { slug, name: "Vision" })).rejects.toMatchObject({
      code: "forbidden",
    });
    const team = await createTeam(admin, { slug, name: "  Vision  " });
    expect(team).toMatchObject({ slug, name: "Vision" });
    expect(await db.auditEvent.count({ where: { entityId: team.id, action: "team.created" } })).toBe(1);
    await expect(createTeam(admin, { slug, name: "Again" })).rejects.toMatchObject({
      code: "conflict",
      fields: { slug: "Already taken" },
    });
    await expect(createTeam(admin, { slug: unique("x"), name: "\u200B" })).rejects.toMatchObject({
      code: "validation_failed",
      fields: { name: expect.stringMatching(/invisible/) },
    });
    // a user can then be put in it
    const { user } = await createUser({ roles: ["DATA_SCIENTIST"] });
    await updateUser(admin, user.id, { teamIds: [team.id] });
    expect(await db.teamMembership.count({ where: { userId: user.id, teamId: team.id } })).toBe(1);
  });
});

describe("the teams API", () => {
  it("creates a team for an admin (201, audited) and lists it; refuses a taken slug, bad input and non-admins", async () => {
    const admin = await createUserWithToken({ roles: ["ADMIN"] });
    const slug = unique("api-team");
    const post = (token: string, body: unknown) =>
      callRoute(createTeamRoute, { url: "/api/v1/admin/teams", method: "POST", token, body });

    const created = await post(admin.token, { slug, name: "  API Team " });
    expect(created.status).toBe(201);
    expect(created.body.team).toMatchObject({ slug, name: "API Team" });
    expect(
      await db.auditEvent.count({ where: { entityId: created.body.team.id, action: "team.created" } }),
    ).toBe(1);

    const listed = await callRoute(listTeamsRoute, { url: "/api/v1/admin/teams", token: admin.token });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((team: { slug: string }) => team.slug)).toContain(slug);

    expect((await post(admin.token, { slug, name: "Again" })).status).toBe(409);
    const blank = await post(admin.token, { slug: unique("api-team"), name: "   " });
    expect(blank.status).toBe(400);
    expect(blank.body.error.fields.name).toBeTruthy();
    const scientist = await createUserWithToken({ roles: ["DATA_SCIENTIST"] });
    expect((await post(scientist.token, { slug: unique("api-team"), name: "Nope" })).status).toBe(403);
    expect(await db.team.count({ where: { name: { in: ["Again", "Nope"] } } })).toBe(0);
  });
});
