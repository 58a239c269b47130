import { beforeAll, describe, expect, it } from "vitest";
import { POST as registerRoute } from "@/app/api/v1/models/[slug]/versions/route";
import { GET as getVersionRoute } from "@/app/api/v1/versions/[id]/route";
import { AppError } from "@/lib/errors";
import { versionResponseSchema } from "@/lib/schemas/registry-responses";
import { createDataset } from "@/lib/server/datasets/create-dataset";
import { createDatasetVersion } from "@/lib/server/datasets/create-dataset-version";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { db, newRowId } from "@/lib/server/db";
import { toAppError } from "@/lib/server/http/with-api";
import { makeModel, makeVersion, setupPeople } from "@/tests/support/people-kit";
import { callRoute } from "@/tests/support/call-route";
import { getVersionOrThrow } from "./get-version";
import { insertVersion, type VersionRow } from "./insert-version";
import { registerVersion } from "./register-version";

let people: Awaited<ReturnType<typeof setupPeople>>;
let baseVersionId: string;
let trainSetId: string;

const counts = async () => ({
  versions: await db.modelVersion.count(),
  edges: await db.lineageEdge.count(),
  usages: await db.datasetUsage.count(),
  audit: await db.auditEvent.count(),
});

/** The AppError a promise rejects with (fails the test if it resolves). */
async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  people = await setupPeople();
  const base = await makeModel(people.scientistA.principal, { slug: "llama-base" });
  baseVersionId = (await makeVersion(people.scientistA.principal, base.slug)).id;
  const dataset = await createDataset(people.scientistA.principal, {
    slug: "support-tickets",
    name: "Tickets",
    source: "crm export",
    license: "internal",
  });
  trainSetId = (
    await createDatasetVersion(people.scientistA.principal, dataset.id, { containsPersonalData: false })
  ).id;
});

describe("registerVersion", () => {
  it("registers a fine-tune with its parent, datasets and training facts, and logs every fact", async () => {
    const model = await makeModel(people.scientistA.principal, { kind: "FINE_TUNED" });
    const version = await registerVersion(people.scientistA.principal, model.slug, {
      parents: [{ versionId: baseVersionId, relation: "FINETUNED_FROM" }],
      datasets: [
        { datasetVersionId: trainSetId, role: "TRAIN" },
        { datasetVersionId: trainSetId, role: "EVAL" },
      ],
      hyperparameters: { learning_rate: 2e-5, epochs: 3, schedule: { warmup: 100 } },
      codeCommit: "ABCDEF1234",
      compute: { gpuType: "A100", gpuCount: 8, gpuHours: 96.5 },
      trainingStartedAt: "2026-01-01T00:00:00Z",
      trainingFinishedAt: "2026-01-02T00:00:00Z",
      modelCard:
        "# Support bot\n\n## Intended uses\n\nDrafts replies.\n\n## Limitations\n\n[More Information Needed]\n",
      tags: ["Support", "support", "rc"],
    });
    expect(version).toMatchObject({
      version: 1,
      stage: "DEVELOPMENT",
      model: { slug: model.slug, kind: "FINE_TUNED" },
      parents: [
        { versionId: baseVersionId, relation: "FINETUNED_FROM", version: 1, model: { slug: "llama-base" } },
      ],
      datasets: [
        { datasetVersionId: trainSetId, role: "TRAIN" },
        { datasetVersionId: trainSetId, role: "EVAL" },
      ],
      adapter: null,
      codeCommit: "abcdef1234",
      compute: { gpuType: "A100", gpuCount: 8, gpuHours: 96.5 },
      tags: ["support", "rc"],
      createdBy: { id: people.scientistA.user.id },
    });
    // The answer is assembled from what registration already holds; it must be what a read returns.
    expect(await getVersionOrThrow(people.leader.principal, version.id)).toEqual(version);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "model_version", entityId: version.id },
    });
    expect(event.action).toBe("model_version.registered");
    expect(event.actorId).toBe(people.scientistA.user.id);
    expect(event.changes).toMatchObject({
      version: 1,
      parents: [{ versionId: baseVersionId, relation: "FINETUNED_FROM" }],
      hyperparameters: { learning_rate: 2e-5 },
      codeCommit: "abcdef1234",
      modelCardSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // The card's sections are recorded by the checklist's detector, for the policy rules to judge.
    const stored = await db.modelVersion.findUniqueOrThrow({
      where: { id: version.id },
      select: { modelCardSections: true },
    });
    expect(stored.modelCardSections).toEqual({
      intendedUse: "present",
      limitations: "empty",
      trainingData: "missing",
      evaluation: "missing",
      ethicalConsiderations: "missing",
    });
  });

  it("registers an adapter with its one base, rank, alpha and a target-module expression", async () => {
    const adapter = await makeModel(people.scientistA.principal, { kind: "ADAPTER" });
    const version = await registerVersion(people.scientistA.principal, adapter.slug, {
      parents: [{ versionId: baseVersionId, relation: "ADAPTER_OF" }],
      adapter: { type: "LORA", rank: 16, alpha: 32, dropout: 0.05, targetModules: ".*(q|v)_proj" },
    });
    expect(version.adapter).toEqual({
      type: "LORA",
      rank: 16,
      alpha: 32,
      dropout: 0.05,
      targetModules: ".*(q|v)_proj",
      useRslora: null,
      scaling: 2,
      taskType: null,
      modulesToSave: null,
      layersToTransform: null,
      layersPattern: null,
      rankPattern: null,
      alphaPattern: null,
      baseVersionId,
    });
    expect(await getVersionOrThrow(people.leader.principal, version.id)).toEqual(version);
    const listed = await registerVersion(people.scientistA.principal, adapter.slug, {
      parents: [{ versionId: baseVersionId, relation: "ADAPTER_OF" }],
      adapter: { type: "QLORA", targetModules: ["q_proj", "v_proj"] },
    });
    expect(listed).toMatchObject({
      version: 2,
      adapter: { type: "QLORA", targetModules: ["q_proj", "v_proj"], rank: null },
    });
  });

  it("keeps the PEFT facts that change what rank and alpha mean, and answers the scaling they give", async () => {
    const adapter = await makeModel(people.scientistA.principal, { kind: "ADAPTER" });
    const version = await registerVersion(people.scientistA.principal, adapter.slug, {
      parents: [{ versionId: baseVersionId, relation: "ADAPTER_OF" }],
      adapter: {
        type: "LORA",
        rank: 64,
        alpha: 16,
        targetModules: ["query", "value"],
        useRslora: true,
        taskType: "SEQ_CLS",
        modulesToSave: ["classifier"],
        layersToTransform: [20, 21],
        layersPattern: ["layer"],
        rankPattern: { query: 32 },
        alphaPattern: {},
      },
    });
    const stored = await getVersionOrThrow(people.leader.principal, version.id);
    expect(stored.adapter).toMatchObject({
      useRslora: true,
      scaling: 2,
      taskType: "SEQ_CLS",
      modulesToSave: ["classifier"],
      layersToTransform: [20, 21],
      layersPattern: ["layer"],
      rankPattern: { query: 32 },
      // PEFT's empty {} is "no overrides"
      alphaPattern: null,
    });
    await expect(
      registerVersion(people.scientistA.principal, adapter.slug, {
        parents: [{ versionId: baseVersionId, relation: "ADAPTER_OF" }],
        adapter: {
          type: "LORA",
          targetModules: ["q"],
          taskType: "causal lm",
          layersToTransform: [-1],
          rankPattern: { q: 0 },
        },
      }),
    ).rejects.toMatchObject({
      code: "validation_failed",
      fields: {
        "adapter.taskType": expect.stringMatching(/CAUSAL_LM/),
        "adapter.layersToTransform.0": "At least 0",
        "adapter.rankPattern.q": "At least 1",
      },
    });
  });

  it("refuses kind rules, missing parents and missing dataset versions in one 400, storing nothing", async () => {
    const adapter = await makeModel(people.scientistA.principal, { kind: "ADAPTER" });
    const merged = await makeModel(people.scientistA.principal, { kind: "MERGED" });
    const quantized = await makeModel(people.scientistA.principal, { kind: "QUANTIZED" });
    const base = await makeModel(people.scientistA.principal, { kind: "BASE" });
    const before = await counts();

    const noBase = await failure(
      registerVersion(people.scientistA.principal, adapter.slug, {
        parents: [{ versionId: "missing-version", relation: "FINETUNED_FROM" }],
        datasets: [{ datasetVersionId: "missing-dataset", role: "TRAIN" }],
      }),
    );
    expect(noBase.code).toBe("validation_failed");
    expect(noBase.fields).toEqual({
      adapter: expect.stringMatching(/Required/),
      parents: expect.stringMatching(/exactly one ADAPTER_OF/),
      "parents.0.versionId": "No such version",
      "datasets.0.datasetVersionId": "No such dataset version",
    });
    expect(
      (
        await failure(
          registerVersion(people.scientistA.principal, merged.slug, {
            parents: [{ versionId: baseVersionId, relation: "MERGED_FROM" }],
          }),
        )
      ).fields,
    ).toEqual({
      parents: "A merge has at least two MERGED_FROM parents",
    });
    expect((await failure(registerVersion(people.scientistA.principal, quantized.slug, {}))).fields).toEqual({
      parents: expect.stringMatching(/QUANTIZED_FROM/),
    });
    expect(
      (
        await failure(
          registerVersion(people.scientistA.principal, base.slug, {
            parents: [{ versionId: baseVersionId, relation: "ADAPTER_OF" }],
            adapter: { type: "IA3", targetModules: ["k_proj"] },
          }),
        )
      ).fields,
    ).toEqual({
      adapter: "Only versions of ADAPTER models have adapter facts",
      "parents.0.relation": "ADAPTER_OF is only for versions of ADAPTER models",
    });
    expect(await counts()).toEqual(before);
  });

  it("registers a merge of two parents and a quantization of one", async () => {
    const second = await makeModel(people.scientistA.principal);
    const secondVersion = await makeVersion(people.scientistA.principal, second.slug);
    const merged = await makeModel(people.scientistA.principal, { kind: "MERGED" });
    const merge = await registerVersion(people.scientistA.principal, merged.slug, {
      parents: [
        { versionId: baseVersionId, relation: "MERGED_FROM" },
        { versionId: secondVersion.id, relation: "MERGED_FROM" },
      ],
    });
    expect(merge.parents.map((p) => p.versionId)).toEqual([baseVersionId, secondVersion.id]);
    expect(await getVersionOrThrow(people.leader.principal, merge.id)).toEqual(merge);
    const quantized = await makeModel(people.scientistA.principal, { kind: "QUANTIZED" });
    const quant = await registerVersion(people.scientistA.principal, quantized.slug, {
      parents: [{ versionId: merge.id, relation: "QUANTIZED_FROM" }],
    });
    expect(quant.parents).toMatchObject([{ versionId: merge.id, relation: "QUANTIZED_FROM" }]);
  });

  it("answers 400 with every field message for a bad body, before looking for the model, and stores nothing", async () => {
    const before = await counts();
    const error = await failure(
      registerVersion(people.scientistA.principal, "no-such-model", {
        codeCommit: "not-a-commit",
        tags: ["Bad Tag"],
        adapter: { type: "LORA", rank: 10_000, targetModules: "(" },
        trainingStartedAt: "2026-02-01T00:00:00Z",
        trainingFinishedAt: "2026-01-01T00:00:00Z",
        parents: [{ versionId: baseVersionId, relation: "SPAWNED_FROM" }],
      } as never),
    );
    expect(error.code).toBe("validation_failed");
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(
      [
        "adapter.rank",
        "adapter.targetModules",
        "codeCommit",
        "parents.0.relation",
        "tags.0",
        "trainingFinishedAt",
      ].sort(),
    );
    expect(await counts()).toEqual(before);
  });

  it("answers 404 for a missing model once the body is valid", async () => {
    expect((await failure(registerVersion(people.scientistA.principal, "no-such-model", {}))).code).toBe(
      "not_found",
    );
  });

  it("numbers ten parallel registrations of one model 1..10 without an error, each event with its number", async () => {
    const model = await makeModel(people.scientistA.principal);
    const versions = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        registerVersion(people.scientistA.principal, model.slug, { tags: [`run-${i}`] }),
      ),
    );
    expect(versions.map((v) => v.version).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const events = await db.auditEvent.findMany({
      where: { action: "model_version.registered", entityId: { in: versions.map((v) => v.id) } },
      select: { entityId: true, changes: true },
    });
    // The number is decided in the statement that writes the version and its event, and hashed there.
    expect(new Map(events.map((e) => [e.entityId, (e.changes as { version: number }).version]))).toEqual(
      new Map(versions.map((v) => [v.id, v.version])),
    );
    expect(await verifyAuditChain()).toMatchObject({ ok: true, firstBrokenAt: null });
  });
});

describe("the one-statement write", () => {
  it("leaves nothing, and answers 409, when a parent is removed between the check and the write", async () => {
    // What a lost race with a deletion looks like to the statement: a parent that no longer exists.
    const model = await makeModel(people.scientistA.principal);
    const actor = people.scientistA.user;
    const id = newRowId();
    const row: VersionRow = {
      id,
      modelId: model.id,
      createdById: actor.id,
      createdAt: new Date(),
      tags: [],
      notes: null,
      codeCommit: null,
      trainingStartedAt: null,
      trainingFinishedAt: null,
      parameterCount: null,
      contextLength: null,
      modelCardMarkdown: null,
      adapterType: null,
      adapterRank: null,
      adapterAlpha: null,
      adapterDropout: null,
      adapterTargetModules: [],
      adapterTargetModulesRegex: null,
      adapterUseRslora: null,
      adapterTaskType: null,
      adapterModulesToSave: [],
      adapterLayersToTransform: [],
      adapterLayersPattern: [],
      sourceUri: null,
      runId: null,
      runLink: null,
      loggedModelId: null,
    };
    const links = {
      parents: [{ versionId: "removed-meanwhile", relation: "FINETUNED_FROM" as const }],
      datasets: [],
      keyTags: [],
    };
    const event = { actor, action: "model_version.registered", entityType: "model_version", entityId: id };
    const before = await counts();
    const error = await insertVersion(db, row, links, event).then(
      () => null,
      (e: unknown) => e,
    );
    expect(toAppError(error)).toMatchObject({ code: "conflict" });
    expect(await counts()).toEqual(before);
  });
});

describe("registerVersion authorisation", () => {
  it("refuses leadership and compliance officers (role), before reading the body", async () => {
    for (const who of [people.leader, people.officer]) {
      const error = await failure(registerVersion(who.principal, "llama-base", { codeCommit: "bad" }));
      expect(error.code).toBe("forbidden");
    }
  });

  it("refuses a data scientist of another team, storing nothing", async () => {
    const before = await counts();
    const error = await failure(registerVersion(people.scientistB.principal, "llama-base", {}));
    expect(error.code).toBe("forbidden");
    expect(await counts()).toEqual(before);
  });

  it("lets an admin register on any model, and a scientist on a model they created even after it moved team", async () => {
    expect((await registerVersion(people.admin.principal, "llama-base", {})).createdBy.id).toBe(
      people.admin.user.id,
    );
    const own = await makeModel(people.scientistB.principal);
    await db.model.update({ where: { id: own.id }, data: { teamId: people.teamA.id } });
    expect((await registerVersion(people.scientistB.principal, own.slug, {})).version).toBe(1);
  });
});

describe("POST /api/v1/models/{slug}/versions and GET /api/v1/versions/{id}", () => {
  it("answers 201 { version } and the same version on GET", async () => {
    const created = await callRoute(registerRoute, {
      url: "/api/v1/models/llama-base/versions",
      method: "POST",
      token: people.scientistA.token,
      params: { slug: "llama-base" },
      // Every fact a version of a base model takes: the answer is assembled from what was written,
      // and must read back the same.
      body: {
        tags: ["api", "api"],
        hyperparameters: { lr: 0.001 },
        parameterCount: 8_030_261_248,
        notes: "first run",
        codeCommit: "0123456789abcdef0123456789abcdef01234567",
        compute: { gpuType: "A100", gpuCount: 8, gpuHours: 12.5 },
        trainingStartedAt: "2026-11-01T08:00:00Z",
        trainingFinishedAt: "2026-11-01T20:30:00.250Z",
        contextLength: 8192,
        modelCard: "# Llama base\n\n## Intended use\nResearch.",
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.version).toMatchObject({
      model: { slug: "llama-base" },
      stage: "DEVELOPMENT",
      tags: ["api"],
      parameterCount: 8_030_261_248,
    });
    const read = await callRoute(getVersionRoute, {
      url: `/api/v1/versions/${created.body.version.id}`,
      token: people.leader.token,
      params: { id: created.body.version.id },
    });
    expect(read.status).toBe(200);
    expect(read.body.version).toEqual(created.body.version);
    // The OpenAPI document describes exactly this shape.
    expect(versionResponseSchema.strict().parse(read.body.version)).toEqual(read.body.version);
    expect(read.body.version).toEqual(
      expect.objectContaining({
        artifacts: [],
        parents: [],
        datasets: [],
        adapter: null,
        createdAt: expect.any(String),
      }),
    );
  });

  it("answers in the documented order: 401, 403 role, 400, 404, 403 ownership", async () => {
    const call = (token: string | undefined, slug: string, body: unknown) =>
      callRoute(registerRoute, {
        url: `/api/v1/models/${slug}/versions`,
        method: "POST",
        token,
        params: { slug },
        body,
      });
    expect((await call(undefined, "llama-base", {})).status).toBe(401);
    expect((await call(people.leader.token, "llama-base", { codeCommit: "x" })).status).toBe(403);
    const invalid = await call(people.scientistB.token, "no-such-model", { codeCommit: "x" });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fields.codeCommit).toMatch(/7 to 40/);
    expect((await call(people.scientistB.token, "no-such-model", {})).status).toBe(404);
    expect((await call(people.scientistB.token, "llama-base", {})).status).toBe(403);
    expect((await call(people.admin.token, "llama-base", {})).status).toBe(201);
  });

  it("answers 404 for an unknown version id", async () => {
    expect(
      (
        await callRoute(getVersionRoute, {
          url: "/api/v1/versions/nope",
          token: people.leader.token,
          params: { id: "nope" },
        })
      ).status,
    ).toBe(404);
  });
});
