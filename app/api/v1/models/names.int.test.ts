import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import { createTeam, createUserWithToken, unique } from "@/tests/support/factories";
import { POST as postDataset } from "../datasets/route";
import { POST as postToken } from "../tokens/route";
import { POST as postModel } from "./route";

describe("names over the API", () => {
  it("answers 400 naming the field for a blank, invisible or control-character name, and stores nothing", async () => {
    const team = await createTeam();
    const { token } = await createUserWithToken({ roles: ["DATA_SCIENTIST"], teamIds: [team.id] });
    const before = { models: await db.model.count(), events: await db.auditEvent.count() };
    const cases: [string, RegExp][] = [
      ["   ", /^Required$/],
      ["\u200B", /invisible character \(U\+200B\)/],
      ["Support\u202ELoRA", /invisible character \(U\+202E\)/],
      ["Support\nLoRA", /control character \(U\+000A\)/],
    ];
    const routes = [
      { handler: postModel, url: "/api/v1/models", body: () => ({ slug: unique("m"), kind: "BASE" }) },
      {
        handler: postDataset,
        url: "/api/v1/datasets",
        body: () => ({ slug: unique("d"), source: "s3://data/x", license: "MIT" }),
      },
      { handler: postToken, url: "/api/v1/tokens", body: () => ({}) },
    ];
    for (const [name, message] of cases)
      for (const route of routes) {
        const response = await callRoute(route.handler, {
          url: route.url,
          method: "POST",
          token,
          body: { ...route.body(), name },
        });
        expect(response.status, `${route.url} ${JSON.stringify(name)}`).toBe(400);
        expect(response.body.error.fields.name).toMatch(message);
      }
    expect(await db.model.count()).toBe(before.models);
    expect(await db.auditEvent.count()).toBe(before.events);
  });

  it("stores a name trimmed", async () => {
    const team = await createTeam();
    const { token } = await createUserWithToken({ roles: ["DATA_SCIENTIST"], teamIds: [team.id] });
    const slug = unique("m");
    const created = await callRoute(postModel, {
      url: "/api/v1/models",
      method: "POST",
      token,
      body: { slug: ` ${slug} `, name: "  Support LoRA \u00A0", kind: "BASE" },
    });
    expect(created.status).toBe(201);
    expect(await db.model.findUniqueOrThrow({ where: { slug }, select: { name: true } })).toEqual({
      name: "Support LoRA",
    });
  });
});
