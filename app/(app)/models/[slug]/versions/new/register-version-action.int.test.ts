/**
 * The registration action, end to end against the database: only the session (there is no request here)
 * and revalidation (it needs Next's request store) are replaced.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { parseModelCard } from "@/lib/formats/model-card";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";
import { makeModel, makeVersion, setupPeople } from "@/tests/support/people-kit";
import { unique } from "@/tests/support/factories";
import { registerVersionAction } from "./actions";

const session = vi.hoisted(() => ({ principal: null as Principal | null }));
vi.mock("@/lib/server/auth/current-user", () => ({ getSessionPrincipal: async () => session.principal }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let people: Awaited<ReturnType<typeof setupPeople>>;
let baseVersionId: string;
const signIn = (who: { principal: Principal } | null) => (session.principal = who?.principal ?? null);
const counts = async () => ({
  models: await db.model.count(),
  versions: await db.modelVersion.count(),
  audit: await db.auditEvent.count(),
});

beforeAll(async () => {
  people = await setupPeople();
  const base = await makeModel(people.scientistA.principal, { slug: unique("base") });
  baseVersionId = (await makeVersion(people.scientistA.principal, base.slug)).id;
});
beforeEach(() => signIn(people.scientistA));

describe("registerVersionAction", () => {
  const adapter = { type: "LORA", rank: 16, alpha: 32, dropout: 0.05, targetModules: ["q_proj", "v_proj"] };

  it("registers an adapter version on its base and answers its id", async () => {
    const model = await makeModel(people.scientistA.principal, { kind: "ADAPTER", license: "mit" });
    const result = await registerVersionAction(model.slug, {
      version: {
        parents: [{ versionId: baseVersionId, relation: "ADAPTER_OF" }],
        adapter,
        tags: ["support"],
      },
    });
    expect(result).toEqual({ ok: true, data: { id: expect.any(String) } });
    const id = (result as { data: { id: string } }).data.id;
    expect(
      await db.modelVersion.findUniqueOrThrow({
        where: { id },
        select: { adapterRank: true, tags: true, parentEdges: { select: { parentId: true } } },
      }),
    ).toEqual({
      adapterRank: 16,
      tags: ["support"],
      parentEdges: [{ parentId: baseVersionId }],
    });
    expect(await db.model.findUniqueOrThrow({ where: { id: model.id }, select: { license: true } })).toEqual({
      license: "mit",
    });
  });

  it("sets the model's licence from an imported card, audited as a model change", async () => {
    const model = await makeModel(people.scientistA.principal, { kind: "FINE_TUNED" });
    const result = await registerVersionAction(model.slug, {
      version: { modelCard: "# Card" },
      modelLicense: "apache-2.0",
    });
    expect(result.ok).toBe(true);
    expect(await db.model.findUniqueOrThrow({ where: { id: model.id }, select: { license: true } })).toEqual({
      license: "apache-2.0",
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: model.id, action: "model.updated" },
      select: { changes: true },
    });
    expect(event.changes).toEqual({ license: { from: null, to: "apache-2.0" } });
  });

  it("records the card's imported model-index results as evaluation runs of the new version", async () => {
    const model = await makeModel(people.scientistA.principal, { kind: "FINE_TUNED" });
    const card = parseModelCard(
      readFileSync(path.join(process.cwd(), "lib/formats/fixtures/model-card-trainer.md"), "utf8"),
    );
    const result = await registerVersionAction(model.slug, { version: { evaluations: card.evaluations } });
    const id = (result as { data: { id: string } }).data.id;
    const runs = await db.evaluationRun.findMany({ where: { versionId: id }, include: { metrics: true } });
    expect(runs).toEqual([
      expect.objectContaining({
        suite: "imdb (test)",
        source: "REGISTRATION",
        taskType: "text-classification",
        taskName: "Text Classification",
        datasetName: "imdb",
        datasetConfig: "plain_text",
        datasetSplit: "test",
        metrics: [
          expect.objectContaining({
            name: "accuracy",
            type: "accuracy",
            displayName: "Accuracy",
            value: 0.93128,
            higherIsBetter: true,
          }),
        ],
      }),
    ]);
    expect(
      await db.auditEvent.count({ where: { action: "evaluation_run.recorded", entityId: runs[0]!.id } }),
    ).toBe(1);
  });

  it("answers nested field messages (shape, then references) and writes nothing", async () => {
    const model = await makeModel(people.scientistA.principal, { kind: "ADAPTER" });
    const before = await counts();
    const shape = await registerVersionAction(model.slug, {
      version: {
        parents: [{ versionId: baseVersionId, relation: "ADAPTER_OF" }],
        adapter: { ...adapter, rank: 0 },
        hyperparameters: "not an object",
      },
      modelLicense: "x".repeat(101),
    });
    expect(shape).toMatchObject({ ok: false, fields: { modelLicense: "At most 100 characters" } });
    const nested = await registerVersionAction(model.slug, {
      version: {
        parents: [{ versionId: baseVersionId, relation: "ADAPTER_OF" }],
        adapter: { ...adapter, rank: 0 },
        hyperparameters: "not an object",
      },
    });
    expect(nested).toMatchObject({
      ok: false,
      fields: { "adapter.rank": "At least 1", hyperparameters: "A JSON object" },
    });
    const missing = await registerVersionAction(model.slug, {
      version: { parents: [{ versionId: "no-such-version", relation: "ADAPTER_OF" }], adapter },
    });
    expect(missing).toMatchObject({ ok: false, fields: { "parents.0.versionId": "No such version" } });
    expect(await counts()).toEqual(before);
  });

  it("refuses leadership, another team and a licence change by someone who may not change models", async () => {
    const model = await makeModel(people.scientistA.principal, { kind: "FINE_TUNED" });
    const before = await counts();
    signIn(people.leader);
    expect(await registerVersionAction(model.slug, { version: {} })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/versions\.write/),
    });
    signIn(people.scientistB);
    expect(await registerVersionAction(model.slug, { version: {}, modelLicense: "mit" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Only members/),
    });
    expect(await counts()).toEqual(before);
    signIn(people.scientistA);
    expect(await registerVersionAction("no-such-model", { version: {} })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not found/),
    });
  });

  it("checks the session before it reads the form, and refuses text the database cannot store", async () => {
    const model = await makeModel(people.scientistA.principal, { kind: "FINE_TUNED" });
    const before = await counts();
    signIn(null);
    expect(await registerVersionAction(model.slug, { version: { notes: 42 } })).toEqual({
      ok: false,
      code: "unauthorized",
      message: "Your session has ended; sign in again",
      fields: {},
    });
    signIn(people.scientistA);
    expect(
      await registerVersionAction(model.slug, { version: { notes: "before\u0000after" } }),
    ).toMatchObject({
      ok: false,
      code: "validation_failed",
      fields: { "version.notes": "Contains a NUL character, which cannot be stored" },
    });
    expect(await counts()).toEqual(before);
  });
});
