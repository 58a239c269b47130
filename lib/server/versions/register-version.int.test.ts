/** What registration records: every fact of a fine-tune, an adapter, a merge and a quantization, read back as they were given. */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { makeModel, makeVersion } from "@/tests/support/people-kit";
import { registrationKit } from "@/tests/support/registration-kit";
import { getVersionOrThrow } from "./get-version";
import { registerVersion } from "./register-version";

const world = registrationKit();

describe("registerVersion", () => {
  it("registers a fine-tune with its parent, datasets and training facts, and logs every fact", async () => {
    const model = await makeModel(world.people.scientistA.principal, { kind: "FINE_TUNED" });
    const version = await registerVersion(world.people.scientistA.principal, model.slug, {
      parents: [{ versionId: world.baseVersionId, relation: "FINETUNED_FROM" }],
      datasets: [
        { datasetVersionId: world.trainSetId, role: "TRAIN" },
        { datasetVersionId: world.trainSetId, role: "EVAL" },
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
        {
          versionId: world.baseVersionId,
          relation: "FINETUNED_FROM",
          version: 1,
          model: { slug: "llama-base" },
        },
      ],
      datasets: [
        { datasetVersionId: world.trainSetId, role: "TRAIN" },
        { datasetVersionId: world.trainSetId, role: "EVAL" },
      ],
      adapter: null,
      codeCommit: "abcdef1234",
      compute: { gpuType: "A100", gpuCount: 8, gpuHours: 96.5 },
      tags: ["support", "rc"],
      createdBy: { id: world.people.scientistA.user.id },
    });
    // The answer is assembled from what registration already holds; it must be what a read returns.
    expect(await getVersionOrThrow(world.people.leader.principal, version.id)).toEqual(version);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "model_version", entityId: version.id },
    });
    expect(event.action).toBe("model_version.registered");
    expect(event.actorId).toBe(world.people.scientistA.user.id);
    expect(event.changes).toMatchObject({
      version: 1,
      parents: [{ versionId: world.baseVersionId, relation: "FINETUNED_FROM" }],
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
    const adapter = await makeModel(world.people.scientistA.principal, { kind: "ADAPTER" });
    const version = await registerVersion(world.people.scientistA.principal, adapter.slug, {
      parents: [{ versionId: world.baseVersionId, relation: "ADAPTER_OF" }],
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
      baseVersionId: world.baseVersionId,
    });
    expect(await getVersionOrThrow(world.people.leader.principal, version.id)).toEqual(version);
    const listed = await registerVersion(world.people.scientistA.principal, adapter.slug, {
      parents: [{ versionId: world.baseVersionId, relation: "ADAPTER_OF" }],
      adapter: { type: "QLORA", targetModules: ["q_proj", "v_proj"] },
    });
    expect(listed).toMatchObject({
      version: 2,
      adapter: { type: "QLORA", targetModules: ["q_proj", "v_proj"], rank: null },
    });
  });

  it("keeps the PEFT facts that change what rank and alpha mean, and answers the scaling they give", async () => {
    const adapter = await makeModel(world.people.scientistA.principal, { kind: "ADAPTER" });
    const version = await registerVersion(world.people.scientistA.principal, adapter.slug, {
      parents: [{ versionId: world.baseVersionId, relation: "ADAPTER_OF" }],
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
    const stored = await getVersionOrThrow(world.people.leader.principal, version.id);
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
      registerVersion(world.people.scientistA.principal, adapter.slug, {
        parents: [{ versionId: world.baseVersionId, relation: "ADAPTER_OF" }],
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

  it("registers a merge of two parents and a quantization of one", async () => {
    const second = await makeModel(world.people.scientistA.principal);
    const secondVersion = await makeVersion(world.people.scientistA.principal, second.slug);
    const merged = await makeModel(world.people.scientistA.principal, { kind: "MERGED" });
    const merge = await registerVersion(world.people.scientistA.principal, merged.slug, {
      parents: [
        { versionId: world.baseVersionId, relation: "MERGED_FROM" },
        { versionId: secondVersion.id, relation: "MERGED_FROM" },
      ],
    });
    expect(merge.parents.map((p) => p.versionId)).toEqual([world.baseVersionId, secondVersion.id]);
    expect(await getVersionOrThrow(world.people.leader.principal, merge.id)).toEqual(merge);
    const quantized = await makeModel(world.people.scientistA.principal, { kind: "QUANTIZED" });
    const quant = await registerVersion(world.people.scientistA.principal, quantized.slug, {
      parents: [{ versionId: merge.id, relation: "QUANTIZED_FROM" }],
    });
    expect(quant.parents).toMatchObject([{ versionId: merge.id, relation: "QUANTIZED_FROM" }]);
  });
});
