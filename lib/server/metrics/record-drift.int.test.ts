import { describe, expect, it } from "vitest";
import { POST as postDrift } from "@/app/api/v1/versions/[id]/drift/route";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import { createTeam, createUserWithToken } from "@/tests/support/factories";
import { createOwnedVersion } from "@/tests/support/registry-factories";

const post = (versionId: string, token: string, body: { json?: unknown; form?: FormData }) =>
  callRoute(postDrift, {
    url: `/api/v1/versions/${versionId}/drift`,
    method: "POST",
    token,
    params: { id: versionId },
    ...(body.json !== undefined ? { body: body.json } : { rawBody: body.form }),
  });
const observationsOf = (versionId: string) => db.driftObservation.count({ where: { versionId } });
const window = { windowStart: "2026-11-01T00:00:00Z", windowEnd: "2026-11-02T00:00:00Z" };

function observations(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    feature: `f${i % 10}`,
    metric: "PSI",
    value: i / count,
    windowStart: new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 10) * 3_600_000).toISOString(),
    windowEnd: new Date(Date.UTC(2026, 0, 1) + (Math.floor(i / 10) + 1) * 3_600_000).toISOString(),
    currentSize: 100,
  }));
}

describe("POST /api/v1/versions/{id}/drift", () => {
  it("computes every metric of a numeric feature from JSON samples", async () => {
    const { version, owner } = await createOwnedVersion({ stage: "PRODUCTION" });
    const response = await post(version.id, owner.token, {
      json: { feature: "age", reference: [1, 2, 3, 4], current: [3, 4, 5, 6], ...window },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ inserted: 5, alreadyPresent: 0 });
    expect(response.body.features[0]).toMatchObject({
      feature: "age",
      kind: "numeric",
      referenceSize: 4,
      currentSize: 4,
    });
    const rows = await db.driftObservation.findMany({
      where: { versionId: version.id },
      orderBy: { metric: "asc" },
    });
    expect(rows.map((r) => r.metric)).toEqual(["PSI", "KS", "KS_PVALUE", "JS", "WASSERSTEIN"]);
    expect(rows.every((r) => r.value !== null && r.currentSize === 4)).toBe(true);
  });

  it("computes PSI and JS of a categorical feature from two CSV files, the others null", async () => {
    const { version, owner } = await createOwnedVersion();
    const form = new FormData();
    form.set(
      "reference",
      new Blob(["region,age\neu,30\neu,41\nus,52\n"], { type: "text/csv" }),
      "reference.csv",
    );
    form.set("current", new Blob(["region,age\nus,33\nus,47\neu,\n"], { type: "text/csv" }), "current.csv");
    form.set("windowStart", window.windowStart);
    form.set("windowEnd", window.windowEnd);
    const response = await post(version.id, owner.token, { form });
    expect(response.status).toBe(201);
    expect(response.body.inserted).toBe(10);
    const region = response.body.features.find((f: { feature: string }) => f.feature === "region");
    expect(region.kind).toBe("categorical");
    expect(region.values).toMatchObject({ KS: null, KS_PVALUE: null, WASSERSTEIN: null });
    expect(region.values.PSI).toBeGreaterThan(0);
    expect(response.body.features.find((f: { feature: string }) => f.feature === "age").currentSize).toBe(2);
  });

  it("refuses a NaN in a CSV sample naming file, row and column, and stores nothing", async () => {
    const { version, owner } = await createOwnedVersion();
    const form = new FormData();
    form.set("reference", new Blob(["age\n30\nNaN\n"]), "reference.csv");
    form.set("current", new Blob(["age\n31\n"]), "current.csv");
    form.set("windowStart", window.windowStart);
    form.set("windowEnd", window.windowEnd);
    const response = await post(version.id, owner.token, { form });
    expect(response.status).toBe(400);
    expect(response.body.error.problems).toEqual([
      { row: 2, column: "reference: age", message: 'Not a finite number: "NaN"' },
    ]);
    expect(await observationsOf(version.id)).toBe(0);
  });

  it("stores a bulk batch once: a re-send is counted as already present", async () => {
    const { version, owner } = await createOwnedVersion({ stage: "PRODUCTION" });
    const batch = observations(2_000);
    const first = await post(version.id, owner.token, { json: { observations: batch } });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ inserted: 2_000, alreadyPresent: 0 });
    const again = await post(version.id, owner.token, {
      json: { observations: [...batch.slice(0, 500), ...observations(2_010).slice(2_000)] },
    });
    expect(again.body).toEqual({ inserted: 10, alreadyPresent: 500 });
    expect(await observationsOf(version.id)).toBe(2_010);
    const events = await db.auditEvent.findMany({
      where: { action: "drift.observations_recorded", entityId: version.id },
      orderBy: { seq: "asc" },
    });
    expect(events.map((e) => (e.changes as { inserted: number }).inserted)).toEqual([2_000, 10]);
  });

  it("refuses a bulk batch with one bad observation, storing none of it", async () => {
    const { version, owner } = await createOwnedVersion();
    const batch = observations(100);
    batch[41] = { ...batch[41]!, metric: "CHI2" };
    const response = await post(version.id, owner.token, { json: { observations: batch } });
    expect(response.status).toBe(400);
    expect(response.body.error.problems).toEqual([
      { row: 42, column: "metric", message: "One of PSI, KS, KS_PVALUE, JS, WASSERSTEIN" },
    ]);
    expect(await observationsOf(version.id)).toBe(0);
  });

  it("lets the owner's token write, and refuses leadership and another team", async () => {
    const { version, owner } = await createOwnedVersion();
    const leader = await createUserWithToken({ roles: ["LEADERSHIP"] });
    const outsider = await createUserWithToken({
      roles: ["DATA_SCIENTIST"],
      teamIds: [(await createTeam()).id],
    });
    const json = { observations: observations(10) };
    expect((await post(version.id, leader.token, { json })).status).toBe(403);
    expect((await post(version.id, outsider.token, { json })).status).toBe(403);
    expect(await observationsOf(version.id)).toBe(0);
    expect((await post(version.id, owner.token, { json })).status).toBe(201);
  });
});
