/** How registration writes: numbers under parallel registrations, and one statement that leaves nothing when it fails. */
import { describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { db, newRowId } from "@/lib/server/db";
import { toAppError } from "@/lib/server/http/with-api";
import { makeModel } from "@/tests/support/people-kit";
import { registrationCounts, registrationKit } from "@/tests/support/registration-kit";
import { insertVersion, type VersionRow } from "./insert-version";
import { registerVersion } from "./register-version";

const world = registrationKit();

describe("registerVersion's write", () => {
  it("numbers ten parallel registrations of one model 1..10 without an error, each event with its number", async () => {
    const model = await makeModel(world.people.scientistA.principal);
    const versions = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        registerVersion(world.people.scientistA.principal, model.slug, { tags: [`run-${i}`] }),
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
    const model = await makeModel(world.people.scientistA.principal);
    const actor = world.people.scientistA.user;
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
    const before = await registrationCounts();
    const error = await insertVersion(db, row, links, event).then(
      () => null,
      (e: unknown) => e,
    );
    expect(toAppError(error)).toMatchObject({ code: "conflict" });
    expect(await registrationCounts()).toEqual(before);
  });
});
