import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/versions/[id]/metrics/route";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import { addRun, at, savePolicyVersion } from "@/tests/support/evidence-factories";
import { createUserWithToken } from "@/tests/support/factories";
import { createEdge, createModel, createOwner, createVersion } from "@/tests/support/lineage-factories";
import { getVersionMetrics } from "./get-version-metrics";

type Owner = Awaited<ReturnType<typeof createOwner>>;
type Metrics = Awaited<ReturnType<typeof getVersionMetrics>>;
const HOUR = 3_600_000;

/** 12 windows of `age`/PSI every 6 hours from 1 Nov 2026 00:00 UTC, valued 0.01, 0.02, ... 0.12. */
async function addAgeDrift(version: { id: string }) {
  const start = at("2026-11-01").getTime();
  await db.driftObservation.createMany({
    data: Array.from({ length: 12 }, (_, i) => ({
      versionId: version.id,
      feature: "age",
      metric: "PSI",
      value: (i + 1) / 100,
      windowStart: new Date(start + i * 6 * HOUR),
      windowEnd: new Date(start + (i + 1) * 6 * HOUR),
    })),
  });
}

describe("getVersionMetrics and GET /versions/{id}/metrics", () => {
  let owner: Owner;
  let token: string;
  let v: Record<"base" | "parent" | "second" | "child" | "bare", { id: string; version: number }>;
  let metrics: Metrics;

  beforeAll(async () => {
    owner = await createOwner();
    ({ token } = await createUserWithToken({ roles: ["LEADERSHIP"] }));
    const baseModel = await createModel(owner, { kind: "BASE", name: "Base" });
    const base = await createVersion(owner, { model: baseModel });
    const parent = await createVersion(owner, { name: "Tuned" });
    const second = await createVersion(owner, { name: "Other" });
    const child = await createVersion(owner, { name: "Child" });
    const bare = await createVersion(owner);
    await createEdge(base, parent);
    await createEdge(parent, child);
    // A later second parent (a merge): the first edge stays the parent.
    await createEdge(second, child, "MERGED_FROM");
    v = { base, parent, second, child, bare };

    await addRun(owner, base, "mmlu", at("2026-10-01"), [
      ["accuracy", 0.6],
      { name: "loss", value: 2, higherIsBetter: false },
    ]);
    await addRun(owner, parent, "mmlu", at("2026-10-02"), [["accuracy", 0.5]]);
    await addRun(owner, parent, "mmlu", at("2026-10-03"), [
      ["accuracy", 0.7],
      { name: "loss", value: 1.5, higherIsBetter: false },
    ]);
    await addRun(owner, second, "mmlu", at("2026-10-03"), [["accuracy", 0.99]]);
    await addRun(owner, child, "mmlu", at("2026-10-04"), [
      ["accuracy", 0.75],
      { name: "accuracy", value: 0.8, slice: "en" },
      { name: "loss", value: 1.6, higherIsBetter: false },
      ["f1", 0.9],
    ]);

    await db.fairnessReport.create({
      data: {
        versionId: child.id,
        attribute: "sex",
        rowCount: 10,
        groups: [],
        demographicParityDifference: 0.5,
        equalizedOddsDifference: 0,
        createdById: owner.user.id,
        createdAt: at("2026-10-05"),
      },
    });
    const groups = [
      {
        group: "f",
        count: 4,
        positives: 2,
        negatives: 2,
        predictedPositives: 1,
        selectionRate: 0.25,
        truePositiveRate: 0.5,
        falsePositiveRate: 0,
      },
      {
        group: "m",
        count: 6,
        positives: 0,
        negatives: 6,
        predictedPositives: 3,
        selectionRate: 0.5,
        // no positive labels: 0, as Fairlearn counts it
        truePositiveRate: 0,
        falsePositiveRate: 0.5,
      },
    ];
    await db.fairnessReport.create({
      data: {
        versionId: child.id,
        attribute: "sex",
        rowCount: 10,
        groups,
        demographicParityDifference: 0.25,
        disparateImpactRatio: 0.5,
        equalizedOddsDifference: 0.5,
        warnings: ["Group m has no positive labels: its true positive rate counts as 0"],
        createdById: owner.user.id,
        createdAt: at("2026-10-06"),
      },
    });

    await savePolicyVersion(owner, {
      key: "gate",
      version: 1,
      createdAt: at("2026-01-01"),
      name: "Production gate",
      rules: [
        { id: "psi", kind: "drift_max", metric: "PSI", threshold: 0.25 },
        { id: "dir", kind: "fairness_min", metric: "disparate_impact_ratio", threshold: 0.8 },
      ],
    });
    await savePolicyVersion(owner, {
      key: "watch",
      version: 1,
      createdAt: at("2026-01-01"),
      name: "Drift watch",
      mode: "SHADOW",
      targetStage: "STAGING",
      rules: [{ id: "psi-age", kind: "drift_max", metric: "PSI", threshold: 0.05, feature: "age" }],
    });
    // Switched off by its newest version: none of its lines show.
    for (const [version, enabled] of [
      [1, true],
      [2, false],
    ] as const)
      await savePolicyVersion(owner, {
        key: "retired",
        version,
        enabled,
        createdAt: at(`2026-0${version}-01`),
        rules: [
          { id: "psi", kind: "drift_max", metric: "PSI", threshold: 0.01 },
          { id: "dpd", kind: "fairness_max", metric: "demographic_parity_difference", threshold: 0.01 },
        ],
      });

    await addAgeDrift(child);
    // Another version's windows never mix in.
    await addAgeDrift(parent);
    metrics = await getVersionMetrics(owner.principal, child.id);
  });

  it("names the version, its first parent and its BASE root", () => {
    expect(metrics.version).toEqual({ id: v.child.id, label: `Child v1` });
    expect(metrics.parent).toEqual({ id: v.parent.id, label: "Tuned v1" });
    expect(metrics.base).toEqual({ id: v.base.id, label: "Base v1" });
  });

  it("compares the latest overall values with the parent's and the base's, by each metric's direction", () => {
    const row = (name: string) => metrics.evaluations.find((e) => e.metric === name)!;
    expect(metrics.evaluations.map((e) => e.metric).sort()).toEqual(["accuracy", "f1", "loss"]);
    // The parent's latest run (0.7), not its older 0.5; the second parent's 0.99 is not the parent.
    expect(row("accuracy")).toMatchObject({
      value: 0.75,
      higherIsBetter: true,
      parent: { value: 0.7, direction: "better" },
      base: { value: 0.6, direction: "better" },
      slices: [{ slice: "en", value: 0.8 }],
    });
    expect(row("accuracy").parent!.delta).toBeCloseTo(0.05, 12);
    expect(row("accuracy").base!.delta).toBeCloseTo(0.15, 12);
    // Lower is better: 1.6 against 1.5 is worse, against 2 better.
    expect(row("loss")).toMatchObject({
      parent: { value: 1.5, direction: "worse" },
      base: { value: 2, direction: "better" },
    });
    expect(row("loss").parent!.delta).toBeCloseTo(0.1, 12);
    expect(row("f1")).toMatchObject({ parent: null, base: null, slices: [] });
  });

  it("returns the latest fairness report per attribute with its groups and the bounds in force", () => {
    expect(metrics.fairness.fourFifths).toBe(0.8);
    expect(metrics.fairness.reports).toHaveLength(1);
    expect(metrics.fairness.reports[0]).toMatchObject({
      attribute: "sex",
      demographicParityDifference: 0.25,
      disparateImpactRatio: 0.5,
      equalizedOddsDifference: 0.5,
      warnings: ["Group m has no positive labels: its true positive rate counts as 0"],
      groups: [
        { group: "f", count: 4, selectionRate: 0.25, truePositiveRate: 0.5, falsePositiveRate: 0 },
        { group: "m", count: 6, selectionRate: 0.5, truePositiveRate: 0, falsePositiveRate: 0.5 },
      ],
    });
    expect(metrics.fairness.thresholds).toEqual([
      expect.objectContaining({
        policyName: "Production gate",
        mode: "ENFORCE",
        targetStage: "PRODUCTION",
        bound: "min",
        metric: "disparate_impact_ratio",
        threshold: 0.8,
        attribute: null,
      }),
    ]);
  });

  it("buckets drift by the narrowest round width that fits 90 days, with bands from the policies", () => {
    // The range ends at the latest window's start (3 Nov 18:00) and starts 90 days before: 6-hour buckets,
    // 361 of them at most, one window in each.
    expect(metrics.drift).toMatchObject({
      to: "2026-11-03T18:00:00.000Z",
      from: "2026-08-05T18:00:00.000Z",
      bucket: { iso: "PT6H", seconds: 21_600 },
    });
    const [series] = metrics.drift.series;
    expect(metrics.drift.series).toHaveLength(1);
    expect(series).toMatchObject({ feature: "age", metric: "PSI", warn: 0.05, alert: 0.25 });
    expect(series!.points).toHaveLength(12);
    expect(series!.points[0]).toEqual({ at: "2026-11-01T00:00:00.000Z", avg: 0.01, max: 0.01, count: 1 });
    expect(series!.thresholds.map((t) => [t.level, t.value, t.source?.policyName])).toEqual([
      ["warn", 0.05, "Drift watch"],
      ["alert", 0.25, "Production gate"],
    ]);
  });

  it("averages and takes the highest value per bucket in SQL", async () => {
    const { drift } = await getVersionMetrics(owner.principal, v.child.id, { bucket: "day" });
    // Day 1 holds 0.01..0.04, day 2 0.05..0.08, day 3 0.09..0.12.
    expect(drift.series[0]!.points).toEqual([
      { at: "2026-11-01T00:00:00.000Z", avg: expect.closeTo(0.025, 12), max: 0.04, count: 4 },
      { at: "2026-11-02T00:00:00.000Z", avg: expect.closeTo(0.065, 12), max: 0.08, count: 4 },
      { at: "2026-11-03T00:00:00.000Z", avg: expect.closeTo(0.105, 12), max: 0.12, count: 4 },
    ]);
    // Week buckets start on Mondays: Sunday 1 Nov falls in the week of 26 Oct, the rest in that of 2 Nov.
    const weekly = await getVersionMetrics(owner.principal, v.child.id, { bucket: "P1W" });
    expect(weekly.drift.series[0]!.points.map((p) => [p.at.slice(0, 10), p.count, p.max])).toEqual([
      ["2026-10-26", 4, 0.04],
      ["2026-11-02", 8, 0.12],
    ]);
  });

  it("keeps to the range asked for, both ends included", async () => {
    const { drift } = await getVersionMetrics(owner.principal, v.child.id, {
      from: "2026-11-01T06:00:00Z",
      to: "2026-11-01T18:00:00Z",
      bucket: "PT1H",
    });
    expect(drift.series[0]!.points.map((p) => p.avg)).toEqual([0.02, 0.03, 0.04]);
    expect(drift.bucket).toEqual({ iso: "PT1H", seconds: 3600 });
  });

  it("falls back on the PSI convention and an empty drift part for a version without data", async () => {
    const empty = await getVersionMetrics(owner.principal, v.bare.id);
    expect(empty).toMatchObject({ parent: null, base: null, evaluations: [], fairness: { reports: [] } });
    expect(empty.drift.series).toEqual([]);
    const bases = await getVersionMetrics(owner.principal, v.base.id);
    expect(bases.base).toBeNull();
  });

  it("serves the same over HTTP, with 400s naming the field and a 404 for an unknown version", async () => {
    const ok = await callRoute(GET, {
      url: `/api/v1/versions/${v.child.id}/metrics?bucket=day&from=2026-11-02`,
      token,
      params: { id: v.child.id },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.drift.series[0].points).toHaveLength(2);
    expect(ok.body.evaluations).toHaveLength(3);

    const bad = async (query: string) => {
      const response = await callRoute(GET, {
        url: `/api/v1/versions/${v.child.id}/metrics?${query}`,
        token,
        params: { id: v.child.id },
      });
      expect(response.status, query).toBe(400);
      expect(response.body.error.code).toBe("validation_failed");
      return response.body.error.fields as Record<string, string>;
    };
    expect(await bad("bucket=P1M")).toHaveProperty("bucket");
    expect(await bad("bucket=PT30S")).toHaveProperty("bucket");
    expect(await bad("from=yesterday")).toHaveProperty("from");
    expect(await bad("from=2026-11-03&to=2026-11-01")).toHaveProperty("to");
    // 90 days in minutes is 129,601 points: refused, with the width that would fit.
    expect((await bad("bucket=PT1M")).bucket).toMatch(/129,601 points.*use PT6H or wider/);

    const missing = await callRoute(GET, {
      url: "/api/v1/versions/nope/metrics",
      token,
      params: { id: "nope" },
    });
    expect(missing.status).toBe(404);
    expect(
      (await callRoute(GET, { url: `/api/v1/versions/${v.child.id}/metrics`, params: { id: v.child.id } }))
        .status,
    ).toBe(401);
  });
});
