/** What registration refuses, in the documented order, and that a refusal stores nothing. */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { failure } from "@/tests/support/app-error";
import { makeModel } from "@/tests/support/people-kit";
import { registrationCounts, registrationKit } from "@/tests/support/registration-kit";
import { registerVersion } from "./register-version";

const world = registrationKit();

describe("registerVersion refusals", () => {
  it("refuses kind rules, missing parents and missing dataset versions in one 400, storing nothing", async () => {
    const adapter = await makeModel(world.people.scientistA.principal, { kind: "ADAPTER" });
    const merged = await makeModel(world.people.scientistA.principal, { kind: "MERGED" });
    const quantized = await makeModel(world.people.scientistA.principal, { kind: "QUANTIZED" });
    const base = await makeModel(world.people.scientistA.principal, { kind: "BASE" });
    const before = await registrationCounts();

    const noBase = await failure(
      registerVersion(world.people.scientistA.principal, adapter.slug, {
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
          registerVersion(world.people.scientistA.principal, merged.slug, {
            parents: [{ versionId: world.baseVersionId, relation: "MERGED_FROM" }],
          }),
        )
      ).fields,
    ).toEqual({
      parents: "A merge has at least two MERGED_FROM parents",
    });
    expect(
      (await failure(registerVersion(world.people.scientistA.principal, quantized.slug, {}))).fields,
    ).toEqual({
      parents: expect.stringMatching(/QUANTIZED_FROM/),
    });
    expect(
      (
        await failure(
          registerVersion(world.people.scientistA.principal, base.slug, {
            parents: [{ versionId: world.baseVersionId, relation: "ADAPTER_OF" }],
            adapter: { type: "IA3", targetModules: ["k_proj"] },
          }),
        )
      ).fields,
    ).toEqual({
      adapter: "Only versions of ADAPTER models have adapter facts",
      "parents.0.relation": "ADAPTER_OF is only for versions of ADAPTER models",
    });
    expect(await registrationCounts()).toEqual(before);
  });

  it("answers 400 with every field message for a bad body, before looking for the model, and stores nothing", async () => {
    const before = await registrationCounts();
    const error = await failure(
      registerVersion(world.people.scientistA.principal, "no-such-model", {
        codeCommit: "not-a-commit",
        tags: ["Bad Tag"],
        adapter: { type: "LORA", rank: 10_000, targetModules: "(" },
        trainingStartedAt: "2026-02-01T00:00:00Z",
        trainingFinishedAt: "2026-01-01T00:00:00Z",
        parents: [{ versionId: world.baseVersionId, relation: "SPAWNED_FROM" }],
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
    expect(await registrationCounts()).toEqual(before);
  });

  it("answers 404 for a missing model once the body is valid", async () => {
    expect(
      (await failure(registerVersion(world.people.scientistA.principal, "no-such-model", {}))).code,
    ).toBe("not_found");
  });
});

describe("registerVersion authorisation", () => {
  it("refuses leadership and compliance officers (role), before reading the body", async () => {
    for (const who of [world.people.leader, world.people.officer]) {
      const error = await failure(registerVersion(who.principal, "llama-base", { codeCommit: "bad" }));
      expect(error.code).toBe("forbidden");
    }
  });

  it("refuses a data scientist of another team, storing nothing", async () => {
    const before = await registrationCounts();
    const error = await failure(registerVersion(world.people.scientistB.principal, "llama-base", {}));
    expect(error.code).toBe("forbidden");
    expect(await registrationCounts()).toEqual(before);
  });

  it("lets an admin register on any model, and a scientist on a model they created even after it moved team", async () => {
    expect((await registerVersion(world.people.admin.principal, "llama-base", {})).createdBy.id).toBe(
      world.people.admin.user.id,
    );
    const own = await makeModel(world.people.scientistB.principal);
    await db.model.update({ where: { id: own.id }, data: { teamId: world.people.teamA.id } });
    expect((await registerVersion(world.people.scientistB.principal, own.slug, {})).version).toBe(1);
  });
});
