/** Registration and reading a version over /api/v1. */
import { describe, expect, it } from "vitest";
import { POST as registerRoute } from "@/app/api/v1/models/[slug]/versions/route";
import { GET as getVersionRoute } from "@/app/api/v1/versions/[id]/route";
import { versionResponseSchema } from "@/lib/schemas/registry-responses";
import { callRoute } from "@/tests/support/call-route";
import { registrationKit } from "@/tests/support/registration-kit";

const world = registrationKit();

describe("POST /api/v1/models/{slug}/versions and GET /api/v1/versions/{id}", () => {
  it("answers 201 { version } and the same version on GET", async () => {
    const created = await callRoute(registerRoute, {
      url: "/api/v1/models/llama-base/versions",
      method: "POST",
      token: world.people.scientistA.token,
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
      token: world.people.leader.token,
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
    expect((await call(world.people.leader.token, "llama-base", { codeCommit: "x" })).status).toBe(403);
    const invalid = await call(world.people.scientistB.token, "no-such-model", { codeCommit: "x" });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fields.codeCommit).toMatch(/7 to 40/);
    expect((await call(world.people.scientistB.token, "no-such-model", {})).status).toBe(404);
    expect((await call(world.people.scientistB.token, "llama-base", {})).status).toBe(403);
    expect((await call(world.people.admin.token, "llama-base", {})).status).toBe(201);
  });

  it("answers 404 for an unknown version id", async () => {
    expect(
      (
        await callRoute(getVersionRoute, {
          url: "/api/v1/versions/nope",
          token: world.people.leader.token,
          params: { id: "nope" },
        })
      ).status,
    ).toBe(404);
  });
});
