import { beforeAll, describe, expect, it } from "vitest";
import { failure } from "@/tests/support/app-error";
import { POST as createRoute } from "@/app/api/v1/models/route";
import { modelResponseSchema } from "@/lib/schemas/registry-responses";
import { db, newRowId } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import { createUser } from "@/tests/support/factories";
import { toAppError } from "@/lib/server/http/with-api";
import { insertModel } from "./insert-model";
import { makeModel, setupPeople } from "@/tests/support/people-kit";

let people: Awaited<ReturnType<typeof setupPeople>>;

const counts = async () => ({ models: await db.model.count(), audit: await db.auditEvent.count() });

beforeAll(async () => {
  people = await setupPeople();
});

describe("POST /api/v1/models", () => {
  const post = (token: string | undefined, body: unknown) =>
    callRoute(createRoute, { url: "/api/v1/models", method: "POST", token, body });

  it("creates a model owned by the caller's only team, answers 201 { model } and logs model.created", async () => {
    const response = await post(people.scientistA.token, {
      slug: "meta-llama--llama-3-8b",
      name: "Llama 3 8B",
      kind: "BASE",
      hfId: "meta-llama/Meta-Llama-3-8B",
      baseFamily: "Llama",
      riskTier: "LIMITED",
    });
    expect(response.status).toBe(201);
    expect(response.body.model).toMatchObject({
      slug: "meta-llama--llama-3-8b",
      kind: "BASE",
      hfId: "meta-llama/Meta-Llama-3-8B",
      baseFamily: "llama",
      riskTier: "LIMITED",
      team: { id: people.teamA.id },
      createdBy: { id: people.scientistA.user.id },
    });
    expect(modelResponseSchema.strict().parse(response.body.model)).toEqual(response.body.model);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "model", entityId: response.body.model.id },
    });
    expect(event).toMatchObject({
      action: "model.created",
      actorId: people.scientistA.user.id,
      changes: { slug: "meta-llama--llama-3-8b", teamId: people.teamA.id },
    });
  });

  it("answers 400 with every field message and stores nothing", async () => {
    const before = await counts();
    const response = await post(people.scientistA.token, {
      slug: "-Bad",
      name: "",
      kind: "LORA",
      riskTier: "HUGE",
      description: "x".repeat(10_001),
    });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.error.fields).sort()).toEqual([
      "description",
      "kind",
      "name",
      "riskTier",
      "slug",
    ]);
    expect(await counts()).toEqual(before);
  });

  it("answers 409 for a taken slug or Hugging Face id", async () => {
    await makeModel(people.scientistA.principal, { slug: "taken", hfId: "org/taken" });
    const before = await counts();
    expect(
      (await post(people.scientistA.token, { slug: "taken", name: "x", kind: "BASE" })).body.error,
    ).toMatchObject({ code: "conflict", fields: { slug: "Already taken" } });
    expect(
      (await post(people.scientistA.token, { slug: "other", name: "x", kind: "BASE", hfId: "org/taken" }))
        .status,
    ).toBe(409);
    expect(await counts()).toEqual(before);
  });

  it("answers 409 naming the field when the slug or id is taken between the check and the write", async () => {
    // What a lost race leaves: the unique index refuses the one-statement insert (raw SQL, so P2010),
    // and neither the model nor its event is written.
    const existing = await makeModel(people.scientistA.principal, { slug: "raced", hfId: "org/raced" });
    const { user } = people.scientistA;
    const lost = (slug: string, hfId?: string) => {
      const id = newRowId();
      const row = { id, slug, hfId, name: "x", kind: "BASE" as const, riskTier: "MINIMAL" as const };
      return insertModel(
        db,
        { ...row, teamId: people.teamA.id, createdById: user.id, createdAt: new Date() },
        [],
        { actor: user, action: "model.created", entityType: "model", entityId: id, changes: row },
      ).then(
        () => null,
        (error: unknown) => toAppError(error),
      );
    };
    const before = await counts();
    expect(await lost(existing.slug)).toMatchObject({ code: "conflict", fields: { slug: "already taken" } });
    expect(await lost("raced-2", "org/raced")).toMatchObject({
      code: "conflict",
      fields: { hfId: "already taken" },
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses leadership and compliance (403) and no token (401)", async () => {
    expect((await post(people.leader.token, { slug: "x", name: "x", kind: "BASE" })).status).toBe(403);
    expect((await post(people.officer.token, { slug: "x", name: "x", kind: "BASE" })).status).toBe(403);
    expect((await post(undefined, { slug: "x", name: "x", kind: "BASE" })).status).toBe(401);
  });
});

describe("createModel's owning team", () => {
  it("needs teamId from a member of several teams, and accepts one of theirs", async () => {
    const { principal } = await createUser({
      roles: ["DATA_SCIENTIST"],
      teamIds: [people.teamA.id, people.teamB.id],
    });
    expect((await failure(makeModel(principal))).fields).toEqual({
      teamId: expect.stringMatching(/several teams/),
    });
    expect((await makeModel(principal, { teamId: people.teamB.id })).team.id).toBe(people.teamB.id);
  });

  it("refuses another team's id (403) and an unknown one (400); an admin may pick any team", async () => {
    expect((await failure(makeModel(people.scientistA.principal, { teamId: people.teamB.id }))).code).toBe(
      "forbidden",
    );
    expect(
      (await failure(makeModel(people.scientistA.principal, { teamId: "no-such-team" }))).fields,
    ).toEqual({ teamId: "No such team" });
    expect((await makeModel(people.admin.principal, { teamId: people.teamB.id })).team.id).toBe(
      people.teamB.id,
    );
    expect((await failure(makeModel(people.admin.principal))).fields).toEqual({
      teamId: expect.stringMatching(/Required/),
    });
  });

  it("refuses a data scientist who belongs to no team", async () => {
    const { principal } = await createUser({ roles: ["DATA_SCIENTIST"] });
    expect((await failure(makeModel(principal))).code).toBe("forbidden");
  });
});
