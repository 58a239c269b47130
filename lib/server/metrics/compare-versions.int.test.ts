import { beforeAll, describe, expect, it } from "vitest";
import type { DriftMetric } from "@/generated/prisma/enums";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";
import { GET as compareRoute } from "@/app/api/v1/compare/route";
import { compareResponseSchema } from "@/lib/schemas/compare";
import { callRoute } from "@/tests/support/call-route";
import { createTeam, createUser, createUserWithToken } from "@/tests/support/factories";
import { createModel, createVersion } from "@/tests/support/governance-rows";
import { compareVersions } from "./compare-versions";

let reader: Principal;
let userId: string;
const ids: Record<"a" | "b" | "c", string> = { a: "", b: "", c: "" };
const at = (iso: string) => new Date(`${iso}Z`);

async function evaluation(
  versionId: string,
  createdAt: string,
  metrics: [string, number, boolean, string?][],
) {
  await db.evaluationRun.create({
    data: {
      versionId,
      suite: "glue",
      createdById: userId,
      createdAt: at(createdAt),
      metrics: {
        create: metrics.map(([name, value, higherIsBetter, slice]) => ({
          name,
          value,
          higherIsBetter,
          slice,
        })),
      },
    },
  });
}

async function fairness(versionId: string, createdAt: string, dpd: number, dir: number | null, eod: number) {
  await db.fairnessReport.create({
    data: {
      versionId,
      attribute: "sex",
      rowCount: 100,
      groups: [],
      demographicParityDifference: dpd,
      disparateImpactRatio: dir,
      equalizedOddsDifference: eod,
      createdById: userId,
      createdAt: at(createdAt),
    },
  });
}

async function drift(versionId: string, windowStart: string, metric: DriftMetric, value: number) {
  const start = at(windowStart);
  await db.driftObservation.create({
    data: {
      versionId,
      feature: "age",
      metric,
      value,
      windowStart: start,
      windowEnd: new Date(start.getTime() + 3_600_000),
    },
  } as Parameters<typeof db.driftObservation.create>[0]);
}

beforeAll(async () => {
  const team = await createTeam();
  const { user, principal } = await createUser({ roles: ["LEADERSHIP"], teamIds: [team.id] });
  reader = principal;
  userId = user.id;
  const model = await createModel({ teamId: team.id, createdById: user.id, name: "Triage" });
  for (const key of ["a", "b", "c"] as const)
    ids[key] = (await createVersion({ modelId: model.id, createdById: user.id })).id;

  // a: an older run is superseded; a sliced value is not the overall one.
  await evaluation(ids.a, "2026-11-01T00:00:00", [["accuracy", 0.99, true]]);
  await evaluation(ids.a, "2026-11-02T00:00:00", [
    ["accuracy", 0.8, true],
    ["loss", 0.5, false],
    ["accuracy", 1, true, "en"],
  ]);
  await evaluation(ids.b, "2026-11-02T00:00:00", [
    ["accuracy", 0.9, true],
    ["loss", 0.4, false],
  ]);
  await evaluation(ids.c, "2026-11-02T00:00:00", [["loss", 0.4, false]]);

  await fairness(ids.a, "2026-11-01T00:00:00", 0.01, 0.99, 0.01); // superseded
  await fairness(ids.a, "2026-11-03T00:00:00", 0.2, 0.7, 0.15);
  await fairness(ids.b, "2026-11-03T00:00:00", 0.1, 0.85, 0.15);

  await drift(ids.a, "2026-11-01T00:00:00", "PSI", 0.01); // an older window
  await drift(ids.a, "2026-11-02T00:00:00", "PSI", 0.3);
  await drift(ids.b, "2026-11-02T00:00:00", "PSI", 0.1);
  await drift(ids.a, "2026-11-02T00:00:00", "KS_PVALUE", 0.02);
  await drift(ids.b, "2026-11-02T00:00:00", "KS_PVALUE", 0.6);
});

describe("compareVersions", () => {
  it("puts the latest overall values side by side and marks the best by direction", async () => {
    const result = await compareVersions(reader, { v: [ids.a, ids.b, ids.c] });
    expect(result.versions.map((v) => v.id)).toEqual([ids.a, ids.b, ids.c]);
    expect(result.versions[0]!.label).toMatch(/^Triage v\d+$/);
    expect(result.evaluation).toEqual([
      expect.objectContaining({
        group: "glue",
        name: "accuracy",
        direction: "higher",
        values: [0.8, 0.9, null],
        best: [1],
      }),
      expect.objectContaining({
        group: "glue",
        name: "loss",
        direction: "lower",
        values: [0.5, 0.4, 0.4],
        best: [1, 2],
      }),
    ]);
    expect(result.fairness).toEqual([
      expect.objectContaining({ group: "sex", name: "DIR", values: [0.7, 0.85, null], best: [1] }),
      expect.objectContaining({ group: "sex", name: "DPD", values: [0.2, 0.1, null], best: [1] }),
      // a tie: both are marked
      expect.objectContaining({ group: "sex", name: "EOD", values: [0.15, 0.15, null], best: [0, 1] }),
    ]);
    expect(result.drift).toEqual([
      expect.objectContaining({
        group: "age",
        name: "KS_PVALUE",
        direction: "higher",
        values: [0.02, 0.6, null],
        best: [1],
      }),
      expect.objectContaining({
        group: "age",
        name: "PSI",
        direction: "lower",
        values: [0.3, 0.1, null],
        best: [1],
      }),
    ]);
  });

  it("keeps the order of the URL", async () => {
    const result = await compareVersions(reader, { v: [ids.b, ids.a] });
    expect(result.evaluation[0]).toMatchObject({ name: "accuracy", values: [0.9, 0.8], best: [0] });
  });

  it("refuses fewer than two, more than five and duplicates with a 400", async () => {
    for (const v of [[ids.a], ids.a, [ids.a, ids.a], ["1", "2", "3", "4", "5", "6"]])
      await expect(compareVersions(reader, { v })).rejects.toMatchObject({
        code: "validation_failed",
        status: 400,
      });
    await expect(compareVersions(reader, {})).rejects.toMatchObject({ code: "validation_failed" });
  });

  it("answers 404 naming the unknown id", async () => {
    await expect(compareVersions(reader, { v: [ids.a, "nope-123"] })).rejects.toMatchObject({
      code: "not_found",
      message: expect.stringContaining("nope-123"),
    });
  });

  it("refuses a principal without registry.read", async () => {
    const nobody = { id: "x", email: "x@test.local", name: "x", roles: [] };
    await expect(compareVersions(nobody, { v: [ids.a, ids.b] })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("answers over GET /api/v1/compare with the documented shape, 400 and 404", async () => {
    const { token } = await createUserWithToken({ roles: ["LEADERSHIP"] });
    const ok = await callRoute(compareRoute, { url: `/api/v1/compare?v=${ids.b}&v=${ids.a}`, token });
    expect(ok.status).toBe(200);
    expect(compareResponseSchema.parse(ok.body).evaluation[0]).toMatchObject({
      values: [0.9, 0.8],
      best: [0],
    });
    const one = await callRoute(compareRoute, { url: `/api/v1/compare?v=${ids.a}`, token });
    expect(one).toMatchObject({
      status: 400,
      body: { error: { code: "validation_failed", fields: { v: expect.any(String) } } },
    });
    const unknown = await callRoute(compareRoute, { url: `/api/v1/compare?v=${ids.a}&v=missing-1`, token });
    expect(unknown).toMatchObject({
      status: 404,
      body: { error: { message: expect.stringContaining("missing-1") } },
    });
  });
});
