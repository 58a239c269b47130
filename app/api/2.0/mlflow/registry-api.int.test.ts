/**
 * MLflow's Model Registry REST API as model_registry.proto defines it: every endpoint's request and
 * response shape (proto3 JSON), its errors in MLflow's shape and status, search with filters, order and
 * paging, and the governance the registry keeps whatever door a change comes through.
 */
import { beforeAll, describe, expect, it } from "vitest";
import * as ajax from "@/app/ajax-api/2.0/mlflow/[...path]/route";
import * as api from "@/app/api/2.0/mlflow/[...path]/route";
import { GET as getModelRoute } from "@/app/api/v1/models/[slug]/route";
import { GET as getVersionRoute } from "@/app/api/v1/versions/[id]/route";
import { db } from "@/lib/server/db";
import { createTeam, createUserWithToken, unique } from "@/tests/support/factories";
import { callRoute } from "@/tests/support/call-route";
import { callMlflow } from "@/tests/support/mlflow-client";
import { eventsOf, stageOf } from "@/tests/support/promotion-kit";
import { createModel, createVersion } from "@/tests/support/registry-factories";

let team: Awaited<ReturnType<typeof createTeam>>;
let scientist: Awaited<ReturnType<typeof createUserWithToken>>;
let outsider: Awaited<ReturnType<typeof createUserWithToken>>;
let leader: Awaited<ReturnType<typeof createUserWithToken>>;
let readOnly: Awaited<ReturnType<typeof createUserWithToken>>;

beforeAll(async () => {
  team = await createTeam();
  const other = await createTeam();
  scientist = await createUserWithToken({ roles: ["DATA_SCIENTIST"], teamIds: [team.id] });
  outsider = await createUserWithToken({ roles: ["DATA_SCIENTIST"], teamIds: [other.id] });
  leader = await createUserWithToken({ roles: ["LEADERSHIP"] });
  readOnly = await createUserWithToken({ roles: ["DATA_SCIENTIST"], teamIds: [team.id], scopes: ["read"] });
});

const as = (token: string) => ({
  get: (path: string, query: Record<string, string | string[]> = {}) =>
    callMlflow("GET", path, { token, query }),
  post: (path: string, body: unknown) => callMlflow("POST", path, { token, body }),
  patch: (path: string, body: unknown) => callMlflow("PATCH", path, { token, body }),
  del: (path: string, body: unknown) => callMlflow("DELETE", path, { token, body }),
});

const me = () => as(scientist.token);

async function registered(name = unique("MLflow Model"), tags: { key: string; value: string }[] = []) {
  const res = await me().post("registered-models/create", { name, tags });
  expect(res.status).toBe(200);
  return name;
}

async function versionOf(name: string, extra: Record<string, unknown> = {}) {
  const res = await me().post("model-versions/create", { name, source: "s3://bucket/models/m", ...extra });
  expect(res.status).toBe(200);
  return res.body.model_version as { version: string };
}

const expectError = (
  res: { status: number; body: unknown },
  status: number,
  code: string,
  message?: RegExp,
) => {
  expect(res.status).toBe(status);
  expect(res.body).toMatchObject({ error_code: code });
  if (message) expect((res.body as { message: string }).message).toMatch(message);
};

describe("errors in MLflow's shape, with MLflow's status codes", () => {
  it("answers 401 UNAUTHENTICATED without a valid token", async () => {
    expectError(await callMlflow("GET", "registered-models/search"), 401, "UNAUTHENTICATED");
    expectError(await as("mrt_nope").get("registered-models/search"), 401, "UNAUTHENTICATED");
  });

  it("answers 403 PERMISSION_DENIED for a role or a token that may not write", async () => {
    expectError(
      await as(leader.token).post("registered-models/create", { name: unique("x") }),
      403,
      "PERMISSION_DENIED",
    );
    expectError(
      await as(readOnly.token).post("registered-models/create", { name: unique("x") }),
      403,
      "PERMISSION_DENIED",
    );
    expect((await as(leader.token).get("registered-models/search")).status).toBe(200);
  });

  it("lets a read-only token make the reads MLflow's client sends as POST, and no change", async () => {
    const name = await registered();
    await versionOf(name);
    const latest = await as(readOnly.token).post("registered-models/get-latest-versions", { name });
    expect(latest.status).toBe(200);
    expect(latest.body.model_versions).toHaveLength(1);
    expectError(
      await as(readOnly.token).post("registered-models/set-tag", { name, key: "k", value: "v" }),
      403,
      "PERMISSION_DENIED",
    );
  });

  it("answers 404 ENDPOINT_NOT_FOUND for an endpoint or method MLflow's registry does not have", async () => {
    expectError(await me().get("registered-models/nope"), 404, "ENDPOINT_NOT_FOUND");
    expectError(await me().post("registered-models/get", {}), 404, "ENDPOINT_NOT_FOUND");
  });

  it("names a missing or invalid parameter with INVALID_PARAMETER_VALUE", async () => {
    expectError(
      await me().post("registered-models/create", {}),
      400,
      "INVALID_PARAMETER_VALUE",
      /Missing value for required parameter 'name'/,
    );
    expectError(
      await me().get("model-versions/get", { name: "x", version: "one" }),
      400,
      "INVALID_PARAMETER_VALUE",
      /'version'/,
    );
    expectError(
      await callMlflow("POST", "registered-models/create", {
        token: scientist.token,
        body: undefined,
        headers: { "content-type": "application/json" },
      }),
      400,
      "INVALID_PARAMETER_VALUE",
    );
  });

  it("answers 404 RESOURCE_DOES_NOT_EXIST for a missing model or version", async () => {
    expectError(
      await me().get("registered-models/get", { name: "no such model" }),
      404,
      "RESOURCE_DOES_NOT_EXIST",
    );
    const name = await registered();
    expectError(
      await me().get("model-versions/get", { name, version: "7" }),
      404,
      "RESOURCE_DOES_NOT_EXIST",
      /version=7/,
    );
  });

  it("serves the same handlers under /ajax-api", () => {
    expect(ajax.GET).toBe(api.GET);
    expect(ajax.POST).toBe(api.POST);
    expect(ajax.PATCH).toBe(api.PATCH);
    expect(ajax.DELETE).toBe(api.DELETE);
  });
});

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
        user_id: scientist.user.email,
        description: "Classifies reviews",
        tags: [{ key: "owner", value: "nlp" }],
      },
    });
    const model = await db.model.findFirstOrThrow({
      where: { name },
      select: { slug: true, kind: true, teamId: true },
    });
    expect(model).toMatchObject({ kind: "FINE_TUNED", teamId: team.id });
    expect(model.slug).toMatch(/^sentiment-model-prod/);
    const [created] = await eventsOf(
      (await db.model.findFirstOrThrow({ where: { name } })).id,
      "model.created",
    );
    expect(created!.changes).toMatchObject({ tags: [{ key: "owner", value: "nlp" }] });
  });

  it("takes the kind and team from registry.kind and registry.team, and refuses unknown ones", async () => {
    const name = unique("Base");
    await registered(name, [
      { key: "registry.kind", value: "base" },
      { key: "registry.team", value: team.slug },
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
      await as(outsider.token).post("registered-models/create", {
        name: unique("t"),
        tags: [{ key: "registry.team", value: team.slug }],
      }),
      403,
      "PERMISSION_DENIED",
    );
    const twoTeams = await createUserWithToken({
      roles: ["DATA_SCIENTIST"],
      teamIds: [team.id, (await createTeam()).id],
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
      token: scientist.token,
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
      await as(outsider.token).patch("registered-models/update", { name: newName, description: "x" }),
      403,
      "PERMISSION_DENIED",
    );
  });

  it("sets and deletes tags, each audited; deleting a missing tag is RESOURCE_DOES_NOT_EXIST", async () => {
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
    expectError(
      await me().del("registered-models/delete-tag", { name, key: "stage.note" }),
      404,
      "RESOURCE_DOES_NOT_EXIST",
    );
    const id = (await db.model.findFirstOrThrow({ where: { name } })).id;
    expect((await eventsOf(id)).map((e) => e.action)).toEqual([
      "model.created",
      "model.tag_set",
      "model.tag_set",
      "model.tag_deleted",
    ]);
  });

  it("shows models registered through /api/v1 or the UI", async () => {
    const model = await createModel({ teamId: team.id, createdById: scientist.user.id });
    await createVersion({ modelId: model.id, createdById: scientist.user.id, stage: "STAGING" });
    const res = await me().get("registered-models/get", { name: model.slug });
    expect(res.body.registered_model.latest_versions).toEqual([
      expect.objectContaining({ version: "1", current_stage: "Staging" }),
    ]);
  });
});

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
        user_id: scientist.user.email,
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

  it("refuses a version without a source, or of another team's model", async () => {
    const name = await registered();
    expectError(
      await me().post("model-versions/create", { name }),
      400,
      "INVALID_PARAMETER_VALUE",
      /'source'/,
    );
    expectError(
      await as(outsider.token).post("model-versions/create", { name, source: "s3://b/k" }),
      403,
      "PERMISSION_DENIED",
    );
    expectError(
      await me().post("model-versions/create", { name: "missing model", source: "s3://b/k" }),
      404,
      "RESOURCE_DOES_NOT_EXIST",
    );
  });

  it("updates the description and sets and deletes tags", async () => {
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
    expectError(
      await me().del("model-versions/delete-tag", { name, version: "1", key: "k" }),
      404,
      "RESOURCE_DOES_NOT_EXIST",
    );
  });

  it("answers the latest version of each stage asked for", async () => {
    const model = await createModel({ teamId: team.id, createdById: scientist.user.id });
    await createVersion({ modelId: model.id, createdById: scientist.user.id, stage: "PRODUCTION" });
    await createVersion({ modelId: model.id, createdById: scientist.user.id, stage: "STAGING" });
    await createVersion({ modelId: model.id, createdById: scientist.user.id });
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
      token: scientist.token,
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
    expectError(
      await me().get("registered-models/alias", { name, alias: "candidate" }),
      404,
      "RESOURCE_DOES_NOT_EXIST",
    );
    expectError(
      await me().post("registered-models/alias", { name, alias: "v3", version: "1" }),
      400,
      "INVALID_PARAMETER_VALUE",
    );
  });

  it("refuses an alias that means production on a version that is not in PRODUCTION, with the reason", async () => {
    const model = await createModel({ teamId: team.id, createdById: scientist.user.id });
    await createVersion({ modelId: model.id, createdById: scientist.user.id, stage: "PRODUCTION" });
    await createVersion({ modelId: model.id, createdById: scientist.user.id, stage: "STAGING" });
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

describe("search", () => {
  const prefix = unique("srch");
  beforeAll(async () => {
    for (const [i, label] of ["alpha", "beta", "gamma", "Delta"].entries()) {
      const name = `${prefix} ${label}`;
      await registered(name, [{ key: "team.area", value: i % 2 === 0 ? "nlp" : "vision" }]);
      await versionOf(name, {
        run_id: `run-${label}`,
        source: `s3://b/${label}/model`,
        tags: [{ key: "data set", value: label }],
      });
    }
  });

  const names = (body: { registered_models?: { name: string }[] }) =>
    (body.registered_models ?? []).map((m) => m.name);

  it("filters registered models by name (=, LIKE, ILIKE) and tags, ordered by name by default", async () => {
    expect(
      names((await me().get("registered-models/search", { filter: `name = '${prefix} beta'` })).body),
    ).toEqual([`${prefix} beta`]);
    expect(
      names((await me().get("registered-models/search", { filter: `name LIKE '${prefix} _a%'` })).body),
    ).toEqual([`${prefix} gamma`]);
    expect(
      names((await me().get("registered-models/search", { filter: `name LIKE '${prefix} d%'` })).body),
    ).toEqual([]);
    expect(
      names((await me().get("registered-models/search", { filter: `name ILIKE '${prefix} d%'` })).body),
    ).toEqual([`${prefix} Delta`]);
    expect(
      names(
        (
          await me().get("registered-models/search", {
            filter: `name LIKE '${prefix}%' AND tags.\`team.area\` = 'nlp'`,
            order_by: ["name DESC"],
          })
        ).body,
      ),
    ).toEqual([`${prefix} gamma`, `${prefix} alpha`]);
    expect(
      names(
        (
          await me().get("registered-models/search", {
            filter: `name LIKE '${prefix}%' AND tags.\`mlflow.prompt.is_prompt\` != 'true'`,
          })
        ).body,
      ),
    ).toHaveLength(4);
  });

  it("pages with max_results and an opaque page_token, without repeats or gaps", async () => {
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const res = await me().get("registered-models/search", {
        filter: `name LIKE '${prefix}%'`,
        max_results: "3",
        order_by: ["creation_timestamp DESC"],
        ...(token ? { page_token: token } : {}),
      });
      seen.push(...names(res.body));
      token = res.body.next_page_token;
    } while (token);
    expect(seen).toEqual([`${prefix} Delta`, `${prefix} gamma`, `${prefix} beta`, `${prefix} alpha`]);
  });

  it("searches versions by run_id, run_id IN, source_path, version_number and backquoted tag keys", async () => {
    const versions = async (filter: string) =>
      ((await me().get("model-versions/search", { filter })).body.model_versions ?? []).map(
        (v: { name: string }) => v.name,
      );
    expect(await versions("run_id = 'run-beta'")).toEqual([`${prefix} beta`]);
    expect(await versions("run_id IN ('run-alpha', 'run-gamma')")).toEqual([
      `${prefix} alpha`,
      `${prefix} gamma`,
    ]);
    expect(await versions(`source_path = 's3://b/Delta/model'`)).toEqual([`${prefix} Delta`]);
    expect(
      await versions(`name LIKE '${prefix}%' AND tags.\`data set\` = 'beta' AND version_number = 1`),
    ).toEqual([`${prefix} beta`]);
    const res = await me().get("model-versions/search", { filter: `name = '${prefix} beta'` });
    expect(res.body.model_versions[0]).toMatchObject({
      version: "1",
      run_id: "run-beta",
      tags: [{ key: "data set", value: "beta" }],
    });
  });

  it("answers an empty search with an empty object and refuses bad filters, orders, sizes and tokens", async () => {
    expect((await me().get("registered-models/search", { filter: "name = 'no such thing'" })).body).toEqual(
      {},
    );
    expectError(
      await me().get("registered-models/search", { filter: "name = 'a' OR name = 'b'" }),
      400,
      "INVALID_PARAMETER_VALUE",
      /at character 12/,
    );
    expectError(
      await me().get("model-versions/search", { filter: "run_id LIKE 'x'" }),
      400,
      "INVALID_PARAMETER_VALUE",
      /character 8/,
    );
    expectError(
      await me().get("registered-models/search", { order_by: ["version_number"] }),
      400,
      "INVALID_PARAMETER_VALUE",
    );
    expectError(
      await me().get("registered-models/search", { max_results: "1001" }),
      400,
      "INVALID_PARAMETER_VALUE",
      /at most 1000/,
    );
    expectError(
      await me().get("registered-models/search", { page_token: "garbage" }),
      400,
      "INVALID_PARAMETER_VALUE",
    );
  });
});

describe("governance holds through MLflow", () => {
  it("transition-stage opens a promotion request and answers the version as it stands with the request id", async () => {
    const name = await registered();
    await versionOf(name);
    const res = await me().post("model-versions/transition-stage", {
      name,
      version: "1",
      stage: "staging",
      archive_existing_versions: false,
    });
    expect(res.status).toBe(200);
    expect(res.body.model_version.current_stage).toBe("None");
    const tags = Object.fromEntries(
      res.body.model_version.tags.map((t: { key: string; value: string }) => [t.key, t.value]),
    );
    expect(tags["registry.promotion_request_status"]).toBe("PENDING");
    const request = await db.promotionRequest.findUniqueOrThrow({
      where: { id: tags["registry.promotion_request_id"] },
      select: { toStage: true, status: true, versionId: true },
    });
    expect(request).toMatchObject({ toStage: "STAGING", status: "PENDING" });
    expect(await stageOf(request.versionId)).toBe("DEVELOPMENT");
    expectError(
      await me().post("model-versions/transition-stage", { name, version: "1", stage: "Staging" }),
      409,
      "RESOURCE_CONFLICT",
      /already pending/,
    );
    expectError(
      await me().post("model-versions/transition-stage", { name, version: "1", stage: "Live" }),
      400,
      "INVALID_PARAMETER_VALUE",
    );
    expectError(
      await as(leader.token).post("model-versions/transition-stage", {
        name,
        version: "1",
        stage: "Staging",
      }),
      403,
      "PERMISSION_DENIED",
    );
  });

  it("answers an enforced policy's refusal as PERMISSION_DENIED naming the failing rules", async () => {
    const officer = await createUserWithToken({ roles: ["COMPLIANCE_OFFICER"] });
    await db.policy.create({
      data: {
        key: unique("weights-gate"),
        version: 1,
        name: "Weights before production",
        targetStage: "PRODUCTION",
        mode: "ENFORCE",
        rules: [{ id: "weights", kind: "required_artifacts", formats: ["SAFETENSORS"] }],
        createdById: officer.user.id,
      },
    });
    const model = await createModel({ teamId: team.id, createdById: scientist.user.id });
    await createVersion({ modelId: model.id, createdById: scientist.user.id, stage: "STAGING" });
    const res = await me().post("model-versions/transition-stage", {
      name: model.slug,
      version: "1",
      stage: "Production",
    });
    expectError(res, 403, "PERMISSION_DENIED", /Weights before production/);
    expect(res.body.rules).toEqual([
      expect.objectContaining({ policyName: "Weights before production", ruleId: "weights" }),
    ]);
    expect(res.body.requestId).toEqual(expect.any(String));
  });

  it("refuses to delete a live version or a model that has one; deletes the rest, audited", async () => {
    const model = await createModel({ teamId: team.id, createdById: scientist.user.id });
    await createVersion({ modelId: model.id, createdById: scientist.user.id, stage: "PRODUCTION" });
    const spare = await createVersion({ modelId: model.id, createdById: scientist.user.id });
    expectError(
      await me().del("model-versions/delete", { name: model.slug, version: "1" }),
      409,
      "RESOURCE_CONFLICT",
      /PRODUCTION/,
    );
    expectError(
      await me().del("registered-models/delete", { name: model.slug }),
      409,
      "RESOURCE_CONFLICT",
      /PRODUCTION/,
    );
    expectError(
      await as(outsider.token).del("model-versions/delete", { name: model.slug, version: "2" }),
      403,
      "PERMISSION_DENIED",
    );
    expect((await me().del("model-versions/delete", { name: model.slug, version: "2" })).body).toEqual({});
    expect(await db.modelVersion.findUnique({ where: { id: spare.id } })).toBeNull();
    expect((await eventsOf(spare.id)).map((e) => e.action)).toEqual(["model_version.deleted"]);

    const name = await registered();
    await versionOf(name);
    await me().post("registered-models/alias", { name, alias: "candidate", version: "1" });
    expect((await me().del("registered-models/delete", { name })).status).toBe(200);
    expectError(await me().get("registered-models/get", { name }), 404, "RESOURCE_DOES_NOT_EXIST");
  });

  it("refuses to delete a version with governance records", async () => {
    const name = await registered();
    await versionOf(name);
    await me().post("model-versions/transition-stage", { name, version: "1", stage: "Staging" });
    expectError(
      await me().del("model-versions/delete", { name, version: "1" }),
      409,
      "RESOURCE_CONFLICT",
      /promotion requests/,
    );
  });
});
