/**
 * The create and edit actions of the models pages, end to end against the database: only the session
 * (there is no request here) and revalidation (it needs Next's request store) are replaced.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";
import { makeModel, setupPeople } from "@/tests/support/people-kit";
import { unique } from "@/tests/support/factories";
import { updateModelAction } from "./[slug]/actions";
import { createModelAction } from "./new/actions";

const session = vi.hoisted(() => ({ principal: null as Principal | null }));
vi.mock("@/lib/server/auth/current-user", () => ({ getSessionPrincipal: async () => session.principal }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let people: Awaited<ReturnType<typeof setupPeople>>;
const signIn = (who: { principal: Principal } | null) => (session.principal = who?.principal ?? null);
const counts = async () => ({
  models: await db.model.count(),
  versions: await db.modelVersion.count(),
  audit: await db.auditEvent.count(),
});

beforeAll(async () => {
  people = await setupPeople();
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
    const result = await createModelAction({
      slug: "Not A Slug",
      name: "",
      kind: "LORA",
      hfId: "two/slashes/here",
    });
    expect(result).toEqual({
      ok: false,
      code: "validation_failed",
      message: expect.any(String),
      fields: {
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
      code: "unauthorized",
      message: expect.stringMatching(/sign in/i),
    });
    expect(await counts()).toEqual(before);
  });

  it("checks the session and the role before it reads the input, as the API does (401 -> 403 -> 400)", async () => {
    signIn(null);
    expect(await createModelAction({ slug: "Not A Slug" })).toEqual({
      ok: false,
      code: "unauthorized",
      message: expect.stringMatching(/sign in/i),
      fields: {},
    });
    signIn(people.leader);
    expect(await createModelAction({ slug: "Not A Slug" })).toMatchObject({
      code: "forbidden",
      fields: {},
    });
  });

  it("answers a taken slug beside the slug field", async () => {
    const model = await makeModel(people.scientistA.principal);
    expect(await createModelAction({ slug: model.slug, name: "again", kind: "BASE" })).toMatchObject({
      ok: false,
      fields: { slug: "Already taken" },
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
      fields: { riskTier: expect.stringMatching(/^One of/) },
    });
    expect(
      await db.model.findUniqueOrThrow({ where: { id: model.id }, select: { description: true } }),
    ).toEqual({ description: null });
  });
});
