import { describe, expect, it } from "vitest";
import { GET as listDatasets } from "@/app/api/v1/datasets/route";
import { GET as listModels, POST as createModel } from "@/app/api/v1/models/route";
import { GET as listTokens, POST as createToken } from "@/app/api/v1/tokens/route";
import { GET as getVersion } from "@/app/api/v1/versions/[id]/route";
import { GET as listVersions } from "@/app/api/v1/versions/route";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import { createTeam, createUserWithToken, unique } from "@/tests/support/factories";

const counts = async () => ({
  models: await db.model.count(),
  tokens: await db.apiToken.count(),
  events: await db.auditEvent.count(),
});

describe("hostile input is a 4xx naming the field, never a 500, and stores nothing", () => {
  it("refuses a NUL character in a query or a path id", async () => {
    const { token } = await createUserWithToken({ roles: ["DATA_SCIENTIST"] });
    const search = await callRoute(listModels, { url: "/api/v1/models?q=%00", token });
    expect(search.status).toBe(400);
    expect(search.body.error.fields.q).toMatch(/NUL/);
    const version = await callRoute(getVersion, {
      url: "/api/v1/versions/%00",
      token,
      params: { id: "\u0000" },
    });
    expect(version.status).toBe(400);
    expect(version.body.error.fields.id).toMatch(/NUL/);
  });

  it("refuses a cursor whose date lies outside any row's years, on every keyset list", async () => {
    const { token } = await createUserWithToken({ roles: ["DATA_SCIENTIST"] });
    const cursor = Buffer.from(JSON.stringify(["+275760-09-13T00:00:00.000Z", "x"])).toString("base64url");
    for (const [route, path] of [
      [listModels, "/api/v1/models"],
      [listVersions, "/api/v1/versions"],
      [listDatasets, "/api/v1/datasets"],
      [listTokens, "/api/v1/tokens"],
    ] as const) {
      const response = await callRoute(route, { url: `${path}?cursor=${cursor}`, token });
      expect(response.status, path).toBe(400);
      expect(response.body.error.fields.cursor, path).toBe("Not a cursor this API returned");
    }
  });

  it("refuses text the database cannot store and JSON nested past the limit, naming the field", async () => {
    const team = await createTeam(unique("team"));
    const { token } = await createUserWithToken({ roles: ["DATA_SCIENTIST"], teamIds: [team.id] });
    const before = await counts();
    const model = { slug: unique("hostile"), kind: "BASE", teamId: team.id };
    const nul = await callRoute(createModel, {
      url: "/api/v1/models",
      method: "POST",
      token,
      body: { ...model, name: "bad\u0000name" },
    });
    expect(nul.status).toBe(400);
    expect(nul.body.error.fields.name).toMatch(/NUL/);
    const surrogate = await callRoute(createModel, {
      url: "/api/v1/models",
      method: "POST",
      token,
      rawBody: `{"slug":"${model.slug}","name":"bad \\ud800 name","kind":"BASE"}`,
      headers: { "content-type": "application/json" },
    });
    expect(surrogate.status).toBe(400);
    expect(surrogate.body.error.fields.name).toMatch(/surrogate/);
    const deep = await callRoute(createModel, {
      url: "/api/v1/models",
      method: "POST",
      token,
      rawBody: `{"name":"x","description":${"[".repeat(10_000)}${"]".repeat(10_000)}}`,
      headers: { "content-type": "application/json" },
    });
    expect(deep.status).toBe(400);
    expect(JSON.stringify(deep.body.error.fields)).toMatch(/Nested more than 32 levels deep|not valid JSON/);
    expect(await counts()).toEqual(before);
  });

  it("stops reading a JSON body at the limit: 413 for a 5 MB token request, nothing stored", async () => {
    const { token } = await createUserWithToken({ roles: ["DATA_SCIENTIST"] });
    const before = await counts();
    const huge = JSON.stringify({ name: "x".repeat(5 * 1024 * 1024) });
    const response = await callRoute(createToken, {
      url: "/api/v1/tokens",
      method: "POST",
      token,
      rawBody: huge,
      headers: { "content-type": "application/json" },
    });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe("payload_too_large");
    expect(await counts()).toEqual(before);
  });
});
