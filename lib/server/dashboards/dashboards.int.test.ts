import { beforeAll, describe, expect, it } from "vitest";
import type { DriftMetric } from "@/generated/prisma/enums";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";
import { createTeam, createUser } from "@/tests/support/factories";
import {
  createAlert,
  createModel,
  createPromotionRequest,
  createVersion,
} from "@/tests/support/governance-rows";
import { getGovernanceStats } from "./get-governance-stats";
import { getOpenAlertsBySeverity } from "./get-open-alerts-by-severity";
import { getProductionDrift, MAX_DRIFT_SERIES } from "./get-production-drift";
import { getPromotionTrend } from "./get-promotion-trend";
import { getRiskByStage } from "./get-risk-by-stage";
import { getVersionsByStage } from "./get-versions-by-stage";

// A Wednesday; its ISO week starts on Monday 2026-11-16.
const NOW = new Date("2026-11-18T10:00:00Z");
const day = (iso: string) => new Date(`${iso}Z`);
let leader: Principal;
const versions: Record<string, string> = {};

async function psi(
  versionId: string,
  windowStart: string,
  value: number | null,
  metric: DriftMetric = "PSI",
) {
  const start = day(windowStart);
  await db.driftObservation.create({
    data: {
      versionId,
      feature: "f",
      metric,
      value,
      windowStart: start,
      windowEnd: new Date(start.getTime() + 3_600_000),
    },
  });
}

beforeAll(async () => {
  const team = await createTeam();
  const { user } = await createUser({ roles: ["DATA_SCIENTIST"], teamIds: [team.id] });
  ({ principal: leader } = await createUser({ roles: ["LEADERSHIP"] }));
  const owner = { teamId: team.id, createdById: user.id };
  const high = await createModel({ ...owner, riskTier: "HIGH", name: "Triage" });
  const limited = await createModel({ ...owner, riskTier: "LIMITED", name: "Search" });
  const minimal = await createModel({ ...owner, riskTier: "MINIMAL" });
  const version = async (
    key: string,
    modelId: string,
    stage: "DEVELOPMENT" | "STAGING" | "PRODUCTION" | "ARCHIVED",
  ) => {
    versions[key] = (await createVersion({ modelId, createdById: user.id, stage })).id;
  };
  await version("highProd", high.id, "PRODUCTION");
  await version("highStaging", high.id, "STAGING");
  await version("highDev", high.id, "DEVELOPMENT");
  await version("limitedProd", limited.id, "PRODUCTION");
  await version("limitedArchived", limited.id, "ARCHIVED");
  await version("minimalDev1", minimal.id, "DEVELOPMENT");
  await version("minimalDev2", minimal.id, "DEVELOPMENT");

  const request = (
    versionKey: string,
    status: "PENDING" | "APPROVED" | "REJECTED" | "BLOCKED" | "WITHDRAWN",
    createdAt: string,
    policies = [] as { mode: "SHADOW" | "ENFORCE"; passed: boolean; evaluatedAt?: Date }[],
  ) =>
    createPromotionRequest({
      versionId: versions[versionKey]!,
      requestedById: user.id,
      status,
      createdAt: day(createdAt),
      policies,
    });
  await request("highStaging", "APPROVED", "2026-11-17T08:00:00");
  await request("highDev", "REJECTED", "2026-11-16T00:00:00");
  await request("highDev", "BLOCKED", "2026-11-10T12:00:00", [{ mode: "ENFORCE", passed: false }]);
  await request("minimalDev1", "PENDING", "2026-11-18T09:00:00", [
    { mode: "SHADOW", passed: false, evaluatedAt: day("2026-11-18T09:00:00") },
    { mode: "SHADOW", passed: true, evaluatedAt: day("2026-11-18T09:00:00") },
  ]);
  // Older than 30 days: in the trend, not a current breach.
  await request("minimalDev2", "BLOCKED", "2026-10-01T12:00:00", [
    { mode: "SHADOW", passed: false, evaluatedAt: day("2026-10-01T12:00:00") },
  ]);
  // The Sunday before the first of the 12 weeks: outside the trend.
  await request("minimalDev2", "WITHDRAWN", "2026-08-30T12:00:00");

  await createAlert({ versionId: versions.highProd, severity: "CRITICAL" });
  await createAlert({ versionId: versions.limitedProd, severity: "CRITICAL" });
  await createAlert({ severity: "WARNING" });
  await createAlert({ severity: "CRITICAL", status: "ACKNOWLEDGED" });
  await createAlert({ severity: "INFO", status: "RESOLVED" });

  await psi(versions.highProd!, "2026-11-17T01:00:00", 0.05);
  await psi(versions.highProd!, "2026-11-17T13:00:00", 0.3);
  await psi(versions.highProd!, "2026-11-17T13:00:00", 0.95, "KS");
  await psi(versions.highProd!, "2026-08-21T00:00:00", 0.1); // the first of the 90 days
  await psi(versions.highProd!, "2026-08-20T23:00:00", 0.9); // the day before it
  await psi(versions.limitedProd!, "2026-11-18T05:00:00", 0.12);
  await psi(versions.limitedProd!, "2026-11-18T06:00:00", null);
  await psi(versions.highDev!, "2026-11-17T05:00:00", 0.8); // not in production
});

describe("dashboard aggregations", () => {
  it("counts the headline numbers", async () => {
    expect(await getGovernanceStats(leader, NOW)).toEqual({
      models: 3,
      productionVersions: 2,
      pendingApprovals: 1,
      blockedRequests: 1,
      shadowFailures: 1,
      policyBreaches: 2,
      openAlerts: 3,
    });
  });

  it("counts versions per stage and kind, every stage present", async () => {
    const zero = { BASE: 0, ADAPTER: 0, FINE_TUNED: 0, MERGED: 0, QUANTIZED: 0 };
    expect(await getVersionsByStage(leader)).toEqual([
      { stage: "DEVELOPMENT", ...zero, BASE: 3, total: 3 },
      { stage: "STAGING", ...zero, BASE: 1, total: 1 },
      { stage: "PRODUCTION", ...zero, BASE: 2, total: 2 },
      { stage: "ARCHIVED", ...zero, BASE: 1, total: 1 },
    ]);
  });

  it("splits versions by risk tier and stage", async () => {
    expect(await getRiskByStage(leader)).toEqual([
      { riskTier: "MINIMAL", DEVELOPMENT: 2, STAGING: 0, PRODUCTION: 0, ARCHIVED: 0, total: 2 },
      { riskTier: "LIMITED", DEVELOPMENT: 0, STAGING: 0, PRODUCTION: 1, ARCHIVED: 1, total: 2 },
      { riskTier: "HIGH", DEVELOPMENT: 1, STAGING: 1, PRODUCTION: 1, ARCHIVED: 0, total: 3 },
    ]);
  });

  it("counts open alerts per severity, most severe first", async () => {
    expect(await getOpenAlertsBySeverity(leader)).toEqual([
      { severity: "CRITICAL", count: 2 },
      { severity: "WARNING", count: 1 },
      { severity: "INFO", count: 0 },
    ]);
  });

  it("buckets promotion requests into the last 12 ISO weeks by status", async () => {
    const weeks = await getPromotionTrend(leader, NOW);
    expect(weeks).toHaveLength(12);
    expect(weeks[0]!.week).toBe("2026-08-31");
    expect(weeks[11]).toEqual({
      week: "2026-11-16",
      APPROVED: 1,
      REJECTED: 1,
      BLOCKED: 0,
      WITHDRAWN: 0,
      PENDING: 1,
      total: 3,
    });
    expect(weeks[10]).toMatchObject({ week: "2026-11-09", BLOCKED: 1, total: 1 });
    expect(weeks.find((w) => w.week === "2026-09-28")).toMatchObject({ BLOCKED: 1, total: 1 });
    expect(weeks.reduce((sum, w) => sum + w.total, 0)).toBe(5);
  });

  it("draws daily worst-feature PSI for production versions over 90 days, worst line first", async () => {
    expect(await getProductionDrift(leader, NOW)).toEqual({
      versionsWithDrift: 2,
      series: [
        {
          versionId: versions.highProd,
          label: "Triage v1",
          modelSlug: expect.any(String),
          points: [
            { day: "2026-08-21", psi: 0.1 },
            { day: "2026-11-17", psi: 0.3 },
          ],
        },
        {
          versionId: versions.limitedProd,
          label: "Search v4",
          modelSlug: expect.any(String),
          points: [{ day: "2026-11-18", psi: 0.12 }],
        },
      ],
    });
  });

  it("refuses a principal without dashboards.read", async () => {
    const nobody = { id: "x", email: "x@test.local", name: "x", roles: [] };
    await expect(getGovernanceStats(nobody)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getProductionDrift(nobody)).rejects.toMatchObject({ code: "forbidden" });
  });

  // Last: it adds production versions of its own (and looks at a later window, so the rows above are out of it).
  it(`draws at most ${MAX_DRIFT_SERIES} lines, and says how many versions drifted`, async () => {
    const later = new Date("2027-06-01T12:00:00Z");
    const model = await db.model.findFirstOrThrow({
      where: { name: "Search" },
      select: { id: true, createdById: true },
    });
    for (let i = 0; i < MAX_DRIFT_SERIES + 2; i++) {
      const version = await createVersion({
        modelId: model.id,
        createdById: model.createdById,
        stage: "PRODUCTION",
      });
      await psi(version.id, "2027-05-30T00:00:00", i / 100);
    }
    const drift = await getProductionDrift(leader, later);
    expect(drift.versionsWithDrift).toBe(MAX_DRIFT_SERIES + 2);
    expect(drift.series).toHaveLength(MAX_DRIFT_SERIES);
    expect(drift.series[0]!.points).toEqual([{ day: "2027-05-30", psi: 0.09 }]);
  });
});
