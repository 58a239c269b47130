/**
 * MLflow's model-version endpoints and aliases as model_registry.proto shapes them, and the same
 * version read through /api/v1 (its source, run, key-value tags and aliases).
 */
import { describe, expect, it } from "vitest";
import { GET as getVersionRoute } from "@/app/api/v1/versions/[id]/route";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import { as, expectError, mlflowKit } from "@/tests/support/mlflow-kit";
import { eventsOf } from "@/tests/support/promotion-kit";
import { createModel, createVersion } from "@/tests/support/registry-factories";

const { people, me, registered, versionOf } = mlflowKit();

describe("model versions", () => {
  it("creates the next version with its source, run and MLflow 3's model_id, shaped as the proto says", async () => {
    const name = await registered();
    const res = await me().post("model-versions/create", {
      name,
      source: "mlflow-artifacts:/1/abc/artifacts/model",
      run_id: "abc123",
      run_link: "http://tracking/runs/abc123",
      description: "first",
      tags: [{ key: "data", value: "v3" }],
      model_id: "m-0123",
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      model_version: {
        name,
        version: "1",
        creation_timestamp: expect.any(Number),
        last_updated_timestamp: expect.any(Number),
        user_id: people.scientist.user.email,
        current_stage: "None",
        description: "first",
        source: "mlflow-artifacts:/1/abc/artifacts/model",
        run_id: "abc123",
        status: "READY",
        tags: [{ key: "data", value: "v3" }],
        run_link: "http://tracking/runs/abc123",
        model_id: "m-0123",
      },
    });
    const got = await me().get("model-versions/get", { name, version: "1" });
    expect(got.body).toEqual(res.body);
    expect((await versionOf(name)).version).toBe("2");
    const row = await db.modelVersion.findFirstOrThrow({
      where: { model: { name }, version: 1 },
      select: { id: true, stage: true, notes: true },
    });
    expect(row).toMatchObject({ stage: "DEVELOPMENT", notes: "first" });
    const [event] = await eventsOf(row.id, "model_version.registered");
    expect(event!.changes).toMatchObject({
      sourceUri: "mlflow-artifacts:/1/abc/artifacts/model",
      runId: "abc123",
      loggedModelId: "m-0123",
    });
  });

  it("counts a new version as a change of its registered model, as MLflow does", async () => {
    const name = await registered();
    const before = (await me().get("registered-models/get", { name })).body.registered_model;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const created = (await me().post("model-versions/create", { name, source: "s3://b/m" })).body
      .model_version;
    const after = (await me().get("registered-models/get", { name })).body.registered_model;
    expect(after.last_updated_timestamp).toBe(created.creation_timestamp);
    expect(after.last_updated_timestamp).toBeGreaterThan(before.last_updated_timestamp);
  });

  it("refuses a version without a source, or of another team's model", async () => {
    const name = await registered();
    expectError(
      await me().post("model-versions/create", { name }),
      400,
      "INVALID_PARAMETER_VALUE",
      /'source'/,
    );
    expectError(
      await as(people.outsider.token).post("model-versions/create", { name, source: "s3://b/k" }),
      403,
      "PERMISSION_DENIED",
    );
    expectError(
      await me().post("model-versions/create", { name: "missing model", source: "s3://b/k" }),
      404,
      "RESOURCE_DOES_NOT_EXIST",
    );
  });

  it("updates the description and sets and deletes tags, a missing one without error", async () => {
    const name = await registered();
    await versionOf(name);
    const updated = await me().patch("model-versions/update", { name, version: "1", description: "better" });
    expect(updated.body.model_version.description).toBe("better");
    await me().post("model-versions/set-tag", { name, version: "1", key: "k", value: "v" });
    expect((await me().get("model-versions/get", { name, version: "1" })).body.model_version.tags).toEqual([
      { key: "k", value: "v" },
    ]);
    await me().del("model-versions/delete-tag", { name, version: "1", key: "k" });
    expect(
      (await me().get("model-versions/get", { name, version: "1" })).body.model_version.tags,
    ).toBeUndefined();
    // Gone already: nothing to do and nothing recorded, as MLflow's store answers a repeated delete.
    const again = await me().del("model-versions/delete-tag", { name, version: "1", key: "k" });
    expect([again.status, again.body]).toEqual([200, {}]);
  });

  it("answers the latest version of each stage asked for", async () => {
    const model = await createModel({ teamId: people.team.id, createdById: people.scientist.user.id });
    await createVersion({ modelId: model.id, createdById: people.scientist.user.id, stage: "PRODUCTION" });
    await createVersion({ modelId: model.id, createdById: people.scientist.user.id, stage: "STAGING" });
    await createVersion({ modelId: model.id, createdById: people.scientist.user.id });
    const res = await me().post("registered-models/get-latest-versions", {
      name: model.slug,
      stages: ["Production"],
    });
    expect(res.body.model_versions.map((v: { version: string }) => v.version)).toEqual(["1"]);
    const all = await me().get("registered-models/get-latest-versions", { name: model.slug });
    expect(all.body.model_versions.map((v: { current_stage: string }) => v.current_stage)).toEqual([
      "Production",
      "Staging",
      "None",
    ]);
    expectError(
      await me().post("registered-models/get-latest-versions", { name: model.slug, stages: ["Live"] }),
      400,
      "INVALID_PARAMETER_VALUE",
    );
  });

  it("answers the download URI: the registered source", async () => {
    const name = await registered();
    await versionOf(name, { source: "s3://bucket/run/model" });
    expect((await me().get("model-versions/get-download-uri", { name, version: "1" })).body).toEqual({
      artifact_uri: "s3://bucket/run/model",
    });
  });
});

describe("the same version through /api/v1", () => {
  it("shows its source, run, key-value tags and aliases, in the registration's answer and on GET", async () => {
    const name = await registered();
    const created = await me().post("model-versions/create", {
      name,
      source: "s3://bucket/models/m",
      run_id: "run-7",
      run_link: "https://mlflow.example.com/runs/run-7",
      model_id: "m-123",
      tags: [
        { key: "b", value: "2" },
        { key: "a", value: "1" },
        { key: "b", value: "3" },
      ],
    });
    expect(created.body.model_version.tags).toEqual([
      { key: "a", value: "1" },
      { key: "b", value: "3" },
    ]);
    await me().post("registered-models/alias", { name, alias: "candidate", version: "1" });
    const { id } = await db.modelVersion.findFirstOrThrow({
      where: { model: { name } },
      select: { id: true },
    });
    const read = await callRoute(getVersionRoute, {
      url: `/api/v1/versions/${id}`,
      token: people.scientist.token,
      params: { id },
    });
    expect(read.body.version).toMatchObject({
      origin: {
        sourceUri: "s3://bucket/models/m",
        runId: "run-7",
        runLink: "https://mlflow.example.com/runs/run-7",
        loggedModelId: "m-123",
      },
      keyTags: [
        { key: "a", value: "1" },
        { key: "b", value: "3" },
      ],
      aliases: ["candidate"],
    });
    // Written in the registration's transaction and recorded in its event, as stored.
    const [registeredEvent] = await eventsOf(id, "model_version.registered");
    expect(registeredEvent!.changes).toMatchObject({
      sourceUri: "s3://bucket/models/m",
      runId: "run-7",
      keyTags: [
        { key: "b", value: "3" },
        { key: "a", value: "1" },
      ],
    });
  });
});

describe("aliases", () => {
  it("sets, reads and deletes an alias; a version shows its aliases", async () => {
    const name = await registered();
    await versionOf(name);
    await versionOf(name);
    expect(
      (await me().post("registered-models/alias", { name, alias: "candidate", version: "1" })).body,
    ).toEqual({});
    const byAlias = await me().get("registered-models/alias", { name, alias: "candidate" });
    expect(byAlias.body.model_version).toMatchObject({ version: "1", aliases: ["candidate"] });
    await me().post("registered-models/alias", { name, alias: "candidate", version: "2" });
    expect((await me().get("registered-models/get", { name })).body.registered_model.aliases).toEqual([
      { alias: "candidate", version: "2" },
    ]);
    expect((await me().del("registered-models/alias", { name, alias: "candidate" })).status).toBe(200);
    // MLflow's store answers an alias that is not set with INVALID_PARAMETER_VALUE (400), not a 404.
    expectError(
      await me().get("registered-models/alias", { name, alias: "candidate" }),
      400,
      "INVALID_PARAMETER_VALUE",
    );
    expectError(
      await me().post("registered-models/alias", { name, alias: "v3", version: "1" }),
      400,
      "INVALID_PARAMETER_VALUE",
    );
  });

  it("refuses an alias that means production on a version that is not in PRODUCTION, with the reason", async () => {
    const model = await createModel({ teamId: people.team.id, createdById: people.scientist.user.id });
    await createVersion({ modelId: model.id, createdById: people.scientist.user.id, stage: "PRODUCTION" });
    await createVersion({ modelId: model.id, createdById: people.scientist.user.id, stage: "STAGING" });
    const refused = await me().post("registered-models/alias", {
      name: model.slug,
      alias: "champion",
      version: "2",
    });
    expectError(refused, 409, "RESOURCE_CONFLICT", /champion.*PRODUCTION.*STAGING/);
    expectError(
      await me().post("registered-models/alias", { name: model.slug, alias: "Prod", version: "2" }),
      409,
      "RESOURCE_CONFLICT",
    );
    expect(
      (await me().post("registered-models/alias", { name: model.slug, alias: "champion", version: "1" }))
        .status,
    ).toBe(200);
  });
});
