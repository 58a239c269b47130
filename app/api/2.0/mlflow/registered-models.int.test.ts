/**
 * MLflow's registered-model endpoints as model_registry.proto shapes them, mapped onto our models:
 * kind and team from tags, slugs from names, renames, tags, and models made elsewhere.
 */
import { describe, expect, it } from "vitest";
import { GET as getModelRoute } from "@/app/api/v1/models/[slug]/route";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { createTeam, createUser, createUserWithToken, unique } from "@/tests/support/factories";
import { as, expectError, mlflowKit } from "@/tests/support/mlflow-kit";
import { eventsOf } from "@/tests/support/promotion-kit";
import { createModel, createVersion } from "@/tests/support/registry-factories";

const { people, me, registered, versionOf } = mlflowKit();

describe("registered models", () => {
  it("creates a FINE_TUNED model of the caller's only team, keeping the MLflow name and deriving a slug", async () => {
    const name = unique("Sentiment Model (prod)");
    const res = await me().post("registered-models/create", {
      name,
      description: "Classifies reviews",
      tags: [{ key: "owner", value: "nlp" }],
      deployment_job_id: "ignored by us",
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      registered_model: {
        name,
        creation_timestamp: expect.any(Number),
        last_updated_timestamp: expect.any(Number),
        user_id: people.scientist.user.email,
        description: "Classifies reviews",
        tags: [{ key: "owner", value: "nlp" }],
      },
    });
    const model = await db.model.findFirstOrThrow({
      where: { name },
      select: { slug: true, kind: true, teamId: true },
    });
    expect(model).toMatchObject({ kind: "FINE_TUNED", teamId: people.team.id });
    expect(model.slug).toMatch(/^sentiment-model-prod/);
    const [created] = await eventsOf(
      (await db.model.findFirstOrThrow({ where: { name } })).id,
      "model.created",
    );
    expect(created!.changes).toMatchObject({ tags: [{ key: "owner", value: "nlp" }] });
  });

  it("gives a user of several teams the team their token was made for, as register_model names none", async () => {
    const [first, second] = await Promise.all([createTeam(), createTeam()]);
    const { principal } = await createUser({ roles: ["DATA_SCIENTIST"], teamIds: [first.id, second.id] });
    const plain = await createApiToken(principal, { name: "laptop" });
    const pipeline = await createApiToken(principal, { name: "pipeline", team: second.slug });
    expectError(
      await as(plain.secret).post("registered-models/create", { name: unique("Sweep") }),
      400,
      "INVALID_PARAMETER_VALUE",
      /registry\.team/,
    );
    const name = unique("Sweep");
    expect((await as(pipeline.secret).post("registered-models/create", { name })).status).toBe(200);
    expect(await db.model.findFirstOrThrow({ where: { name }, select: { teamId: true } })).toEqual({
      teamId: second.id,
    });
  });

  it("takes the kind and team from registry.kind and registry.team, and refuses unknown ones", async () => {
    const name = unique("Base");
    await registered(name, [
      { key: "registry.kind", value: "base" },
      { key: "registry.team", value: people.team.slug },
    ]);
    expect(await db.model.findFirstOrThrow({ where: { name }, select: { kind: true } })).toEqual({
      kind: "BASE",
    });
    expectError(
      await me().post("registered-models/create", {
        name: unique("k"),
        tags: [{ key: "registry.kind", value: "GIANT" }],
      }),
      400,
      "INVALID_PARAMETER_VALUE",
      /registry.kind/,
    );
    expectError(
      await me().post("registered-models/create", {
        name: unique("t"),
        tags: [{ key: "registry.team", value: "nowhere" }],
      }),
      400,
      "INVALID_PARAMETER_VALUE",
      /registry.team/,
    );
    expectError(
      await as(people.outsider.token).post("registered-models/create", {
        name: unique("t"),
        tags: [{ key: "registry.team", value: people.team.slug }],
      }),
      403,
      "PERMISSION_DENIED",
    );
    const twoTeams = await createUserWithToken({
      roles: ["DATA_SCIENTIST"],
      teamIds: [people.team.id, (await createTeam()).id],
    });
    expectError(
      await as(twoTeams.token).post("registered-models/create", { name: unique("t") }),
      400,
      "INVALID_PARAMETER_VALUE",
      /registry.team/,
    );
  });

  it("gives a name whose derived slug is taken (after a rename) the next free slug", async () => {
    const name = await registered();
    const { slug } = await db.model.findFirstOrThrow({ where: { name }, select: { slug: true } });
    await me().post("registered-models/rename", { name, new_name: unique("Moved away") });
    await registered(name);
    expect(await db.model.findFirstOrThrow({ where: { name }, select: { slug: true } })).toEqual({
      slug: `${slug}-2`,
    });
  });

  it("refuses a second model of the same name with RESOURCE_ALREADY_EXISTS (400, as MLflow)", async () => {
    const name = await registered();
    expectError(await me().post("registered-models/create", { name }), 400, "RESOURCE_ALREADY_EXISTS");
  });

  it("refuses an MLflow 3 prompt, which would otherwise become a model", async () => {
    const name = unique("greeting prompt");
    expectError(
      await me().post("registered-models/create", {
        name,
        tags: [{ key: "mlflow.prompt.is_prompt", value: "true" }],
      }),
      400,
      "INVALID_PARAMETER_VALUE",
      /not prompts/,
    );
    expect(await db.model.count({ where: { name } })).toBe(0);
  });

  it("answers pipelines that create the same new name at once as MLflow does: one model, the rest RESOURCE_ALREADY_EXISTS", async () => {
    for (let round = 0; round < 3; round++) {
      const name = unique("Sweep target");
      const answers = await Promise.all(
        Array.from({ length: 4 }, () => me().post("registered-models/create", { name })),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([200, 400, 400, 400]);
      for (const refused of answers.filter((a) => a.status !== 200))
        expect(refused.body.error_code).toBe("RESOURCE_ALREADY_EXISTS");
      expect(await db.model.count({ where: { name } })).toBe(1);
    }
  });

  it("gives names that derive the same slug, created at once, a slug each", async () => {
    const spaced = unique("Shared Slug");
    const names = [spaced, spaced.toLowerCase().replaceAll(" ", "-"), spaced.toUpperCase()];
    const answers = await Promise.all(names.map((name) => me().post("registered-models/create", { name })));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const slugs = await db.model.findMany({ where: { name: { in: names } }, select: { slug: true } });
    expect(new Set(slugs.map((m) => m.slug)).size).toBe(3);
  });

  it("gets a model with its latest version per stage, tags and aliases", async () => {
    const name = await registered(unique("Getter"), [{ key: "a", value: "1" }]);
    await versionOf(name);
    await versionOf(name);
    const res = await me().get("registered-models/get", { name });
    expect(res.status).toBe(200);
    expect(res.body.registered_model).toMatchObject({
      name,
      tags: [{ key: "a", value: "1" }],
      latest_versions: [{ name, version: "2", current_stage: "None", status: "READY" }],
    });
    // The same tags and aliases through /api/v1, which the model page reads.
    expect(
      (await me().post("registered-models/alias", { name, alias: "candidate", version: "2" })).status,
    ).toBe(200);
    const { slug } = await db.model.findFirstOrThrow({ where: { name }, select: { slug: true } });
    const v1 = await callRoute(getModelRoute, {
      url: `/api/v1/models/${slug}`,
      token: people.scientist.token,
      params: { slug },
    });
    expect(v1.body.model).toMatchObject({
      keyTags: [{ key: "a", value: "1" }],
      aliases: [{ alias: "candidate", version: { version: 2, stage: "DEVELOPMENT" } }],
    });
  });

  it("updates the description, renames, and refuses a name that is taken", async () => {
    const name = await registered();
    const updated = await me().patch("registered-models/update", { name, description: "New words" });
    expect(updated.body.registered_model.description).toBe("New words");
    const newName = unique("Renamed");
    const renamed = await me().post("registered-models/rename", { name, new_name: newName });
    expect(renamed.status).toBe(200);
    expect(renamed.body.registered_model.name).toBe(newName);
    expectError(await me().get("registered-models/get", { name }), 404, "RESOURCE_DOES_NOT_EXIST");
    const other = await registered();
    expectError(
      await me().post("registered-models/rename", { name: other, new_name: newName }),
      400,
      "RESOURCE_ALREADY_EXISTS",
    );
    expectError(
      await as(people.outsider.token).patch("registered-models/update", { name: newName, description: "x" }),
      403,
      "PERMISSION_DENIED",
    );
  });

  it("sets and deletes tags, each audited; deleting a missing tag does nothing, as MLflow", async () => {
    const name = await registered();
    expect(
      (await me().post("registered-models/set-tag", { name, key: "stage.note", value: "v1" })).body,
    ).toEqual({});
    await me().post("registered-models/set-tag", { name, key: "stage.note", value: "v2" });
    expect((await me().get("registered-models/get", { name })).body.registered_model.tags).toEqual([
      { key: "stage.note", value: "v2" },
    ]);
    expect((await me().del("registered-models/delete-tag", { name, key: "stage.note" })).status).toBe(200);
    expect((await me().get("registered-models/get", { name })).body.registered_model.tags).toBeUndefined();
    expect((await me().del("registered-models/delete-tag", { name, key: "stage.note" })).status).toBe(200);
    const id = (await db.model.findFirstOrThrow({ where: { name } })).id;
    expect((await eventsOf(id)).map((e) => e.action)).toEqual([
      "model.created",
      "model.tag_set",
      "model.tag_set",
      "model.tag_deleted",
    ]);
  });

  it("shows models registered through /api/v1 or the UI", async () => {
    const model = await createModel({ teamId: people.team.id, createdById: people.scientist.user.id });
    await createVersion({ modelId: model.id, createdById: people.scientist.user.id, stage: "STAGING" });
    const res = await me().get("registered-models/get", { name: model.slug });
    expect(res.body.registered_model.latest_versions).toEqual([
      expect.objectContaining({ version: "1", current_stage: "Staging" }),
    ]);
  });
});
