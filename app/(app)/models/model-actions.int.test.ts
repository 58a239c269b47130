/**
 * The models pages' server actions, end to end against the database: the session is the only thing
 * replaced (there is no request here), and revalidation (which needs Next's request store).
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";
import { makeModel, makeVersion, setupPeople } from "@/lib/server/models/test-kit";
import { unique } from "@/tests/support/factories";
import { updateModelAction } from "./[slug]/actions";
import { registerVersionAction } from "./[slug]/versions/new/actions";
import { createModelAction } from "./new/actions";

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

describe("createModelAction", () => {
  it("creates the model in the caller's team and answers its slug", async () => {
    const slug = unique("support-lora");
    const result = await createModelAction({
      slug,
      name: "Support LoRA",
      kind: "ADAPTER",
      riskTier: "HIGH",
      license: "llama3.1",
    });
    expect(result).toEqual({ ok: true, data: { slug } });
    const model = await db.model.findUniqueOrThrow({
      where: { slug },
      select: { id: true, teamId: true, riskTier: true },
    });
    expect(model).toMatchObject({ teamId: people.teamA.id, riskTier: "HIGH" });
    expect(await db.auditEvent.count({ where: { entityId: model.id, action: "model.created" } })).toBe(1);
  });

  it("answers every field message and stores nothing", async () => {
    const before = await counts();
    const result = await createModelAction({ slug: "Not A Slug", name: "", kind: "LORA", hfId: "no-slash" });
    expect(result).toEqual({
      ok: false,
      message: expect.any(String),
      fieldErrors: {
        slug: expect.any(String),
        name: "Required",
        kind: expect.stringMatching(/^One of/),
        hfId: expect.stringMatching(/org\/name/),
      },
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses leadership and a visitor without a session, storing nothing", async () => {
    const before = await counts();
    signIn(people.leader);
    expect(await createModelAction({ slug: unique("x"), name: "x", kind: "BASE" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/models\.write/),
    });
    signIn(null);
    expect(await createModelAction({ slug: unique("x"), name: "x", kind: "BASE" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/sign in/i),
    });
    expect(await counts()).toEqual(before);
  });

  it("answers a taken slug beside the slug field", async () => {
    const model = await makeModel(people.scientistA.principal);
    expect(await createModelAction({ slug: model.slug, name: "again", kind: "BASE" })).toMatchObject({
      ok: false,
      fieldErrors: { slug: "Already taken" },
    });
  });
});

describe("updateModelAction", () => {
  it("changes the descriptive fields; an emptied field clears its value", async () => {
    const model = await makeModel(people.scientistA.principal, { license: "mit", task: "chat" });
    const result = await updateModelAction(model.slug, {
      description: "Drafts replies",
      license: "",
      task: "chat",
      riskTier: "LIMITED",
      intendedUse: "Support agents",
    });
    expect(result).toEqual({ ok: true, data: { slug: model.slug } });
    expect(
      await db.model.findUniqueOrThrow({
        where: { id: model.id },
        select: { description: true, license: true, riskTier: true, intendedUse: true },
      }),
    ).toEqual({
      description: "Drafts replies",
      license: null,
      riskTier: "LIMITED",
      intendedUse: "Support agents",
    });
  });

  it("refuses another team's scientist and a bad risk tier", async () => {
    const model = await makeModel(people.scientistA.principal);
    signIn(people.scientistB);
    expect(await updateModelAction(model.slug, { description: "mine now" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Only members/),
    });
    signIn(people.scientistA);
    expect(await updateModelAction(model.slug, { riskTier: "EXTREME" })).toMatchObject({
      ok: false,
      fieldErrors: { riskTier: expect.stringMatching(/^One of/) },
    });
    expect(
      await db.model.findUniqueOrThrow({ where: { id: model.id }, select: { description: true } }),
    ).toEqual({ description: null });
  });
});

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
    expect(shape).toMatchObject({ ok: false, fieldErrors: { modelLicense: "At most 100 characters" } });
    const nested = await registerVersionAction(model.slug, {
      version: {
        parents: [{ versionId: baseVersionId, relation: "ADAPTER_OF" }],
        adapter: { ...adapter, rank: 0 },
        hyperparameters: "not an object",
      },
    });
    expect(nested).toMatchObject({
      ok: false,
      fieldErrors: { "adapter.rank": "At least 1", hyperparameters: "A JSON object" },
    });
    const missing = await registerVersionAction(model.slug, {
      version: { parents: [{ versionId: "no-such-version", relation: "ADAPTER_OF" }], adapter },
    });
    expect(missing).toMatchObject({ ok: false, fieldErrors: { "parents.0.versionId": "No such version" } });
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
});
