import { beforeAll, describe, expect, it } from "vitest";
import { GET as listRoute } from "@/app/api/v1/versions/route";
import { AppError } from "@/lib/errors";
import { versionSummaryResponseSchema } from "@/lib/schemas/registry-responses";
import { db } from "@/lib/server/db";
import { makeModel, makeVersion, setupPeople } from "@/tests/support/people-kit";
import { callRoute } from "@/tests/support/call-route";
import { listVersions, type VersionPage } from "./list-versions";

let people: Awaited<ReturnType<typeof setupPeople>>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  people = await setupPeople();
  const a = people.scientistA.principal;
  const b = people.scientistB.principal;
  await makeModel(a, {
    slug: "llama-chat",
    name: "Llama Chat",
    kind: "FINE_TUNED",
    riskTier: "HIGH",
    baseFamily: "llama",
    hfId: "acme/llama-chat",
  });
  await makeModel(b, { slug: "mistral-base", name: "Mistral", kind: "BASE", baseFamily: "mistral" });
  await makeModel(b, { slug: "odd_name", name: "Percent 100%", kind: "BASE" });
  ids.chat1 = (await makeVersion(a, "llama-chat", { tags: ["support"] })).id;
  ids.chat2 = (await makeVersion(a, "llama-chat", { tags: ["support", "rc"] })).id;
  ids.mistral1 = (await makeVersion(b, "mistral-base", { tags: ["rc"] })).id;
  ids.odd1 = (await makeVersion(b, "odd_name")).id;
  // Stages move through promotions (not this module); set one directly for the filter.
  await db.modelVersion.update({ where: { id: ids.chat1 }, data: { stage: "PRODUCTION" } });
});

const idsOf = (page: VersionPage) => page.items.map((item) => item.id);
const list = (query: Parameters<typeof listVersions>[1]) =>
  listVersions(people.leader.principal, query).then(idsOf);

describe("listVersions filters", () => {
  it("lists newest first with the model beside each version", async () => {
    const page = await listVersions(people.officer.principal, {});
    expect(idsOf(page)).toEqual([ids.odd1, ids.mistral1, ids.chat2, ids.chat1]);
    expect(page.items[0]).toMatchObject({
      version: 1,
      stage: "DEVELOPMENT",
      model: { slug: "odd_name", kind: "BASE" },
    });
  });

  it("filters by model, kind, stage, risk tier, team, base family and tag", async () => {
    expect(await list({ model: "llama-chat" })).toEqual([ids.chat2, ids.chat1]);
    expect(await list({ model: "nothing-here" })).toEqual([]);
    expect(await list({ kind: "BASE" })).toEqual([ids.odd1, ids.mistral1]);
    expect(await list({ stage: "PRODUCTION" })).toEqual([ids.chat1]);
    expect(await list({ riskTier: "HIGH" })).toEqual([ids.chat2, ids.chat1]);
    expect(await list({ team: people.teamB.slug })).toEqual([ids.odd1, ids.mistral1]);
    expect(await list({ team: people.teamA.id })).toEqual([ids.chat2, ids.chat1]);
    expect(await list({ team: "no-such-team" })).toEqual([]);
    expect(await list({ baseFamily: "Mistral" })).toEqual([ids.mistral1]);
    expect(await list({ tag: "rc" })).toEqual([ids.mistral1, ids.chat2]);
    expect(await list({ tag: "rc", kind: "FINE_TUNED", stage: "DEVELOPMENT" })).toEqual([ids.chat2]);
  });

  it("searches model slug, name and Hugging Face id case-insensitively, with % and _ taken literally", async () => {
    expect(await list({ q: "LLAMA" })).toEqual([ids.chat2, ids.chat1]);
    expect(await list({ q: "acme/" })).toEqual([ids.chat2, ids.chat1]);
    expect(await list({ q: "percent" })).toEqual([ids.odd1]);
    expect(await list({ q: "100%" })).toEqual([ids.odd1]);
    expect(await list({ q: "_" })).toEqual([ids.odd1]);
    expect(await list({ q: "%" })).toEqual([ids.odd1]);
  });

  it("answers 400 for a bad filter, limit or cursor", async () => {
    for (const query of [{ stage: "LIVE" }, { limit: "500" }, { cursor: "garbage" }, { kind: "LORA" }]) {
      const error = await listVersions(people.leader.principal, query as never).catch((e: unknown) => e);
      expect(error, JSON.stringify(query)).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("validation_failed");
    }
  });
});

describe("listVersions pagination", () => {
  it("walks every version once, in order, even when many share a timestamp", async () => {
    const model = await makeModel(people.scientistA.principal);
    for (let i = 0; i < 23; i++) await makeVersion(people.scientistA.principal, model.slug);
    const same = new Date("2026-03-01T00:00:00Z");
    await db.modelVersion.updateMany({
      where: { model: { slug: model.slug }, version: { lte: 12 } },
      data: { createdAt: same },
    });
    const expected = (
      await db.modelVersion.findMany({
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true },
      })
    ).map((v) => v.id);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listVersions(people.leader.principal, { limit: 5, cursor });
      expect(page.items.length).toBeLessThanOrEqual(5);
      seen.push(...idsOf(page));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(expected.length);
  });

  it("serves the same through GET /api/v1/versions, with nextCursor null on the last page", async () => {
    const first = await callRoute(listRoute, {
      url: "/api/v1/versions?limit=2&model=llama-chat",
      token: people.leader.token,
    });
    expect(first.status).toBe(200);
    expect(first.body.items.map((i: { id: string }) => i.id)).toEqual([ids.chat2, ids.chat1]);
    expect(first.body.nextCursor).toBeNull();
    expect(versionSummaryResponseSchema.strict().parse(first.body.items[0])).toEqual(first.body.items[0]);
    const paged = await callRoute(listRoute, {
      url: "/api/v1/versions?limit=1&model=llama-chat",
      token: people.leader.token,
    });
    const next = await callRoute(listRoute, {
      url: `/api/v1/versions?limit=1&model=llama-chat&cursor=${paged.body.nextCursor}`,
      token: people.leader.token,
    });
    expect([paged.body.items[0].id, next.body.items[0].id]).toEqual([ids.chat2, ids.chat1]);
    expect(
      (await callRoute(listRoute, { url: "/api/v1/versions?limit=201", token: people.leader.token })).status,
    ).toBe(400);
    expect((await callRoute(listRoute, { url: "/api/v1/versions" })).status).toBe(401);
  });
});
