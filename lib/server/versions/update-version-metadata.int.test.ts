import { beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchRoute } from "@/app/api/v1/versions/[id]/route";
import { db } from "@/lib/server/db";
import { makeModel, makeVersion, setupPeople } from "@/tests/support/people-kit";
import { callRoute } from "@/tests/support/call-route";
import { updateVersionMetadata } from "./update-version-metadata";

let people: Awaited<ReturnType<typeof setupPeople>>;
let versionId: string;

const patch = (token: string | undefined, id: string, body: unknown) =>
  callRoute(patchRoute, { url: `/api/v1/versions/${id}`, method: "PATCH", token, params: { id }, body });

beforeAll(async () => {
  people = await setupPeople();
  const model = await makeModel(people.scientistA.principal);
  versionId = (
    await makeVersion(people.scientistA.principal, model.slug, {
      tags: ["a"],
      hyperparameters: { lr: 1 },
      codeCommit: "abcdef1",
    })
  ).id;
});

describe("updateVersionMetadata", () => {
  it("changes tags and notes and logs each change with from and to", async () => {
    const updated = await updateVersionMetadata(people.scientistA.principal, versionId, {
      tags: ["a", "B", "b"],
      notes: "Looks good",
    });
    expect(updated).toMatchObject({ tags: ["a", "b"], notes: "Looks good", hyperparameters: { lr: 1 } });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: versionId, action: "model_version.metadata_updated" },
      orderBy: { seq: "desc" },
      include: { personal: true },
    });
    expect(event.changes).toEqual({
      tags: { from: ["a"], to: ["a", "b"] },
      notes: { from: null, to: "Looks good" },
    });
    expect(event.personal?.actorEmail).toBe(people.scientistA.user.email);
  });

  it("writes no event when nothing changes, and clears notes with null", async () => {
    const before = await db.auditEvent.count();
    await updateVersionMetadata(people.scientistA.principal, versionId, { tags: ["a", "b"] });
    expect(await db.auditEvent.count()).toBe(before);
    expect(
      (await updateVersionMetadata(people.scientistA.principal, versionId, { notes: null })).notes,
    ).toBeNull();
    expect(await db.auditEvent.count()).toBe(before + 1);
  });

  it("answers 409 for any registered fact, stage or status, changing nothing", async () => {
    const before = await db.modelVersion.findUniqueOrThrow({ where: { id: versionId } });
    const events = await db.auditEvent.count();
    for (const body of [
      { hyperparameters: { lr: 2 } },
      { codeCommit: "1234567" },
      { parents: [] },
      { adapter: { type: "LORA", targetModules: ["q"] } },
      { datasets: [] },
      { artifacts: [] },
      { trainingStartedAt: "2026-01-01T00:00:00Z" },
      { tags: ["c"], modelCard: "# new" },
    ]) {
      const response = await patch(people.scientistA.token, versionId, body);
      expect(response.status, JSON.stringify(body)).toBe(409);
      expect(response.body.error.message).toMatch(/^Versions are immutable once registered: /);
    }
    const stage = await patch(people.scientistA.token, versionId, { stage: "PRODUCTION" });
    expect(stage.status).toBe(409);
    expect(stage.body.error.message).toMatch(/promotion request/);
    expect(await db.modelVersion.findUniqueOrThrow({ where: { id: versionId } })).toEqual(before);
    expect(await db.auditEvent.count()).toBe(events);
  });

  it("answers in the documented order: 401, 403 role, 400, 404, 403 ownership, 409", async () => {
    expect((await patch(undefined, versionId, {})).status).toBe(401);
    expect((await patch(people.leader.token, versionId, { tags: "x" })).status).toBe(403);
    const invalid = await patch(people.scientistB.token, "missing", { tags: ["Not a tag!"], colour: 1 });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fields).toEqual({
      "tags.0": expect.any(String),
      _: "Unknown field(s): colour",
    });
    expect((await patch(people.scientistB.token, "missing", { tags: [] })).status).toBe(404);
    expect((await patch(people.scientistB.token, versionId, { codeCommit: "1234567" })).status).toBe(403);
    expect((await patch(people.admin.token, versionId, { codeCommit: "1234567" })).status).toBe(409);
    const ok = await patch(people.admin.token, versionId, { tags: ["reviewed"] });
    expect(ok).toMatchObject({ status: 200, body: { version: { id: versionId, tags: ["reviewed"] } } });
  });
});
