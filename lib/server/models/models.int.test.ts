import { beforeAll, describe, expect, it } from "vitest";
import { GET as getRoute, PATCH as patchRoute } from "@/app/api/v1/models/[slug]/route";
import { GET as listRoute } from "@/app/api/v1/models/route";
import { modelDetailResponseSchema, modelSummaryResponseSchema } from "@/lib/schemas/registry-responses";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import { createTeam, createUserWithToken } from "@/tests/support/factories";
import { createModel } from "./create-model";
import { getModelBySlugOrThrow } from "./get-model";
import { makeModel, makeVersion, setupPeople } from "@/tests/support/people-kit";
import { updateModel } from "./update-model";

let people: Awaited<ReturnType<typeof setupPeople>>;

beforeAll(async () => {
  people = await setupPeople();
});

describe("updateModel and PATCH /api/v1/models/{slug}", () => {
  it("changes descriptive fields and logs { field: { from, to } } for the real changes only", async () => {
    const model = await makeModel(people.scientistA.principal, { description: "old", task: "chat" });
    const updated = await updateModel(people.scientistA.principal, model.slug, {
      description: "new",
      task: "chat",
      riskTier: "HIGH",
      license: "",
    });
    expect(updated).toMatchObject({ description: "new", riskTier: "HIGH", license: null, task: "chat" });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: model.id, action: "model.updated" },
    });
    expect(event.changes).toEqual({
      description: { from: "old", to: "new" },
      riskTier: { from: "MINIMAL", to: "HIGH" },
    });
    const before = await db.auditEvent.count();
    await updateModel(people.scientistA.principal, model.slug, { description: "new" });
    expect(await db.auditEvent.count()).toBe(before);
  });

  it("answers in the documented order: 401, 403 role, 400 (slug/kind), 404, 403 ownership; admins pass", async () => {
    const model = await makeModel(people.scientistA.principal);
    const patch = (token: string | undefined, slug: string, body: unknown) =>
      callRoute(patchRoute, {
        url: `/api/v1/models/${slug}`,
        method: "PATCH",
        token,
        params: { slug },
        body,
      });
    expect((await patch(undefined, model.slug, {})).status).toBe(401);
    expect((await patch(people.leader.token, model.slug, {})).status).toBe(403);
    const refused = await patch(people.scientistB.token, "missing", { kind: "ADAPTER", slug: "x" });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual({
      kind: expect.stringMatching(/cannot change/),
      slug: "The slug of a model cannot change",
    });
    expect((await patch(people.scientistB.token, "missing", { task: "x" })).status).toBe(404);
    expect((await patch(people.scientistB.token, model.slug, { task: "x" })).status).toBe(403);
    expect(await db.model.findUniqueOrThrow({ where: { id: model.id }, select: { task: true } })).toEqual({
      task: null,
    });
    expect((await patch(people.admin.token, model.slug, { task: "x" })).body.model.task).toBe("x");
  });

  it("lets a team mate of the owning team edit, not only the creator", async () => {
    const mate = await createUserWithToken({ roles: ["DATA_SCIENTIST"], teamIds: [people.teamA.id] });
    const model = await makeModel(people.scientistA.principal);
    expect((await updateModel(mate.principal, model.slug, { name: "Renamed" })).name).toBe("Renamed");
  });
});

describe("GET /api/v1/models/{slug}", () => {
  it("answers { model } with its versions summary, newest first", async () => {
    const model = await makeModel(people.scientistA.principal);
    await makeVersion(people.scientistA.principal, model.slug, { tags: ["one"] });
    await makeVersion(people.scientistA.principal, model.slug);
    const response = await callRoute(getRoute, {
      url: `/api/v1/models/${model.slug}`,
      token: people.officer.token,
      params: { slug: model.slug },
    });
    expect(response.status).toBe(200);
    expect(response.body.model).toMatchObject({
      slug: model.slug,
      versionCount: 2,
      versions: [{ version: 2 }, { version: 1, tags: ["one"], stage: "DEVELOPMENT" }],
    });
    expect(modelDetailResponseSchema.strict().parse(response.body.model)).toEqual(response.body.model);
    expect(
      (
        await callRoute(getRoute, {
          url: "/api/v1/models/nope",
          token: people.officer.token,
          params: { slug: "nope" },
        })
      ).status,
    ).toBe(404);
    expect((await getModelBySlugOrThrow(people.leader.principal, model.slug)).versions).toHaveLength(2);
  });
});

describe("listModels and GET /api/v1/models", () => {
  it("filters by kind, q, stage, risk tier, team and base family, and pages by name or newest", async () => {
    const team = await createTeam();
    const owner = await createUserWithToken({ roles: ["DATA_SCIENTIST"], teamIds: [team.id] });
    const p = owner.principal;
    await createModel(p, {
      slug: "zeta-adapter",
      name: "Zeta",
      kind: "ADAPTER",
      riskTier: "HIGH",
      baseFamily: "qwen",
    });
    await createModel(p, {
      slug: "alpha-base",
      name: "Alpha",
      kind: "BASE",
      baseFamily: "qwen",
      hfId: "Qwen/Qwen2-7B",
    });
    await createModel(p, { slug: "mid-tune", name: "Mid", kind: "FINE_TUNED" });
    const v = await makeVersion(p, "alpha-base", { tags: ["gold"] });
    await makeVersion(p, "mid-tune", { tags: ["gold"] });
    await db.modelVersion.update({ where: { id: v.id }, data: { stage: "STAGING" } });

    const slugs = async (query: Record<string, string>) => {
      const response = await callRoute(listRoute, {
        url: `/api/v1/models?${new URLSearchParams({ team: team.slug, ...query })}`,
        token: people.leader.token,
      });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return response.body.items.map((m: { slug: string }) => m.slug);
    };
    expect(await slugs({})).toEqual(["mid-tune", "alpha-base", "zeta-adapter"]);
    expect(await slugs({ sort: "name" })).toEqual(["alpha-base", "mid-tune", "zeta-adapter"]);
    expect(await slugs({ kind: "ADAPTER" })).toEqual(["zeta-adapter"]);
    expect(await slugs({ riskTier: "HIGH" })).toEqual(["zeta-adapter"]);
    expect(await slugs({ baseFamily: "qwen" })).toEqual(["alpha-base", "zeta-adapter"]);
    expect(await slugs({ stage: "STAGING" })).toEqual(["alpha-base"]);
    expect(await slugs({ stage: "PRODUCTION" })).toEqual([]);
    expect(await slugs({ tag: "gold" })).toEqual(["mid-tune", "alpha-base"]);
    expect(await slugs({ tag: "gold", stage: "DEVELOPMENT" })).toEqual(["mid-tune"]);
    expect(await slugs({ q: "qwen/" })).toEqual(["alpha-base"]);
    expect(await slugs({ q: "ZET" })).toEqual(["zeta-adapter"]);

    const first = await callRoute(listRoute, {
      url: `/api/v1/models?team=${team.slug}&sort=name&limit=2`,
      token: people.leader.token,
    });
    expect(first.body.items.map((m: { slug: string }) => m.slug)).toEqual(["alpha-base", "mid-tune"]);
    expect(first.body.items[0]).toMatchObject({
      versionCount: 1,
      latestVersion: { version: 1, stage: "STAGING" },
    });
    expect(first.body.items[1]).toMatchObject({
      versionCount: 1,
      latestVersion: { version: 1, stage: "DEVELOPMENT" },
    });
    expect(modelSummaryResponseSchema.strict().parse(first.body.items[0])).toEqual(first.body.items[0]);
    const second = await callRoute(listRoute, {
      url: `/api/v1/models?team=${team.slug}&sort=name&limit=2&cursor=${first.body.nextCursor}`,
      token: people.leader.token,
    });
    expect(second.body).toMatchObject({
      items: [{ slug: "zeta-adapter", versionCount: 0, latestVersion: null }],
      nextCursor: null,
    });
    const mixed = await callRoute(listRoute, {
      url: `/api/v1/models?cursor=${first.body.nextCursor}`,
      token: people.leader.token,
    });
    expect(mixed.status).toBe(400);
    expect(
      (await callRoute(listRoute, { url: "/api/v1/models?sort=size&limit=0", token: people.leader.token }))
        .body.error.fields,
    ).toEqual({
      sort: "One of newest, name",
      limit: "At least 1",
    });
  });
});
