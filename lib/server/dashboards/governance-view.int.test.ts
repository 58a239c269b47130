import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { listAlerts } from "@/lib/server/alerts/list-alerts";
import { db } from "@/lib/server/db";
import { countVersions } from "@/lib/server/versions/list-versions";
import { createTeam, createUser } from "@/tests/support/factories";
import {
  createAlert,
  createModel,
  createPromotionRequest,
  createVersion,
} from "@/tests/support/governance-rows";
import { resolveDashboardFilters, type DashboardFilters } from "./dashboard-filters";
import { getApprovalLeadTime } from "./get-approval-lead-time";
import { getDriftAlertsTrend } from "./get-drift-alerts-trend";
import { getGovernanceStats } from "./get-governance-stats";
import { getPendingApprovals } from "./get-pending-approvals";
import { getProductionBreaches } from "./get-production-breaches";
import { getRiskByStage } from "./get-risk-by-stage";
import { getStaleEvaluations } from "./get-stale-evaluations";
import { getVersionsByStage } from "./get-versions-by-stage";

// A Wednesday; its ISO week starts on Monday 2026-11-16.
const NOW = new Date("2026-11-18T10:00:00Z");
const HOUR = 3_600_000;
const ago = (hours: number, from = NOW) => new Date(from.getTime() - hours * HOUR);
let leader: Principal;
let teamA: string;
let teamB: string;
const v: Record<string, string> = {};

beforeAll(async () => {
  const a = await createTeam();
  const b = await createTeam();
  teamA = a.slug;
  teamB = b.slug;
  const { user } = await createUser({ roles: ["DATA_SCIENTIST"], teamIds: [a.id, b.id] });
  ({ principal: leader } = await createUser({ roles: ["LEADERSHIP"] }));
  const model = (teamId: string, riskTier: "HIGH" | "MINIMAL", kind: "BASE" | "ADAPTER", name: string) =>
    createModel({ teamId, createdById: user.id, riskTier, kind, name });
  const aHigh = await model(a.id, "HIGH", "ADAPTER", "Triage");
  const aMin = await model(a.id, "MINIMAL", "BASE", "Search");
  const bHigh = await model(b.id, "HIGH", "BASE", "Credit");
  const version = async (key: string, modelId: string, stage: "DEVELOPMENT" | "PRODUCTION" | "ARCHIVED") => {
    v[key] = (await createVersion({ modelId, createdById: user.id, stage })).id;
  };
  await version("aHighProd", aHigh.id, "PRODUCTION");
  await version("aHighDev", aHigh.id, "DEVELOPMENT");
  await version("aMinProd", aMin.id, "PRODUCTION");
  await version("bHighProd", bHigh.id, "PRODUCTION");
  await version("bHighArchived", bHigh.id, "ARCHIVED");

  const request = (
    key: string,
    options: Omit<Parameters<typeof createPromotionRequest>[0], "versionId" | "requestedById">,
  ) => createPromotionRequest({ versionId: v[key]!, requestedById: user.id, ...options });
  // Pending for 1 hour, 3 days and 10 days: on time, late, overdue.
  await request("aHighDev", { createdAt: ago(1) });
  await request("aMinProd", { createdAt: ago(72), toStage: "ARCHIVED", fromStage: "PRODUCTION" });
  await request("bHighArchived", { createdAt: ago(240), fromStage: "ARCHIVED", toStage: "STAGING" });
  // Went live with a failed shadow policy (aHighProd, bHighProd); all passed (aMinProd); archived since (bHighArchived).
  const live = (key: string, passed: boolean[], decidedHoursAgo: number, requestedHoursAgo: number) =>
    request(key, {
      status: "APPROVED",
      fromStage: "STAGING",
      toStage: "PRODUCTION",
      createdAt: ago(requestedHoursAgo),
      decidedAt: ago(decidedHoursAgo),
      policies: passed.map((ok) => ({ mode: "SHADOW" as const, passed: ok })),
    });
  await live("aHighProd", [false, false, true], 2, 10); // 8 hours to decide
  await live("bHighProd", [false], 1, 50); // 49 hours
  await live("aMinProd", [true], 30, 40); // 10 hours; Monday 2026-11-17 04:00 is this week
  await live("bHighArchived", [false], 24 * 14, 24 * 15); // two weeks back, 24 hours

  // Evaluations, relative to the real clock (the versions list filter reads it): one fresh, one stale, two never.
  const real = new Date();
  for (const [key, hoursAgo] of [
    ["aHighProd", 24 * 10],
    ["aMinProd", 24 * 100],
  ] as const)
    await db.evaluationRun.create({
      data: { versionId: v[key]!, suite: "s", createdById: user.id, createdAt: ago(hoursAgo, real) },
    });

  await createAlert({ versionId: v.aHighProd, kind: "DRIFT", severity: "CRITICAL", createdAt: ago(5) });
  await createAlert({ versionId: v.bHighProd, kind: "DRIFT", severity: "WARNING", createdAt: ago(24 * 9) });
  await createAlert({ versionId: v.aMinProd, kind: "FAIRNESS", severity: "WARNING", createdAt: ago(5) });
  await createAlert({ kind: "DRIFT", severity: "INFO", createdAt: ago(3) }); // about no version
});

const filters = (input: { team?: string; riskTier?: "HIGH" | "MINIMAL" }) => resolveDashboardFilters(input);

describe("the dashboard filters", () => {
  it("narrow the counts to a team or a risk tier", async () => {
    const stage = async (f: DashboardFilters) =>
      Object.fromEntries((await getVersionsByStage(leader, f)).map((row) => [row.stage, row.total]));
    expect(await stage({})).toEqual({ DEVELOPMENT: 1, STAGING: 0, PRODUCTION: 3, ARCHIVED: 1 });
    expect(await stage(await filters({ team: teamA }))).toEqual({
      DEVELOPMENT: 1,
      STAGING: 0,
      PRODUCTION: 2,
      ARCHIVED: 0,
    });
    expect(await stage(await filters({ riskTier: "HIGH" }))).toEqual({
      DEVELOPMENT: 1,
      STAGING: 0,
      PRODUCTION: 2,
      ARCHIVED: 1,
    });
    expect((await getVersionsByStage(leader, await filters({ team: teamA })))[0]).toMatchObject({
      ADAPTER: 1,
      BASE: 0,
    });

    const tiers = await getRiskByStage(leader, await filters({ team: teamB }));
    expect(tiers.find((row) => row.riskTier === "HIGH")).toMatchObject({
      PRODUCTION: 1,
      ARCHIVED: 1,
      total: 2,
    });
    expect(tiers.find((row) => row.riskTier === "MINIMAL")).toMatchObject({ total: 0 });

    expect(
      await getGovernanceStats(leader, NOW, await filters({ team: teamA, riskTier: "HIGH" })),
    ).toMatchObject({
      models: 1,
      productionVersions: 1,
      pendingApprovals: 1,
      shadowFailures: 2,
      openAlerts: 1,
    });
  });

  it("refuses a risk tier or a team that does not exist, naming the field", async () => {
    await expect(resolveDashboardFilters({ riskTier: "EXTREME" as never })).rejects.toMatchObject({
      code: "validation_failed",
      fields: { riskTier: expect.any(String) },
    });
    await expect(resolveDashboardFilters({ team: "no-such-team" })).rejects.toMatchObject({
      code: "validation_failed",
      fields: { team: 'No team "no-such-team"' },
    });
  });
});

describe("the governance tiles", () => {
  it("age the pending approvals in the inbox's bands, longest waiting first", async () => {
    const all = await getPendingApprovals(leader, NOW);
    expect(all.ages).toEqual({ total: 3, onTime: 1, late: 1, overdue: 1 });
    expect(all.oldest.map((r) => r.versionId)).toEqual([v.bHighArchived, v.aMinProd, v.aHighDev]);
    expect(all.oldest[0]!.ageSeconds).toBe(240 * 3600);
    const high = await getPendingApprovals(leader, NOW, await filters({ riskTier: "HIGH" }));
    expect(high.ages).toEqual({ total: 2, onTime: 1, late: 0, overdue: 1 });
  });

  it("count production versions that went live with a failed policy, as the versions list does", async () => {
    const all = await getProductionBreaches(leader);
    expect(all).toMatchObject({ total: 2, productionVersions: 3 });
    expect(all.versions.map((x) => [x.versionId, x.failedPolicies])).toEqual([
      [v.aHighProd, 2],
      [v.bHighProd, 1],
    ]);
    for (const input of [{}, { team: teamA }, { riskTier: "MINIMAL" as const }]) {
      const tile = await getProductionBreaches(leader, await filters(input));
      expect(
        await countVersions(leader, { ...input, stage: "PRODUCTION", liveWithFailedPolicy: "true" }),
      ).toBe(tile.total);
    }
  });

  it("count production versions with no evaluation in 90 days, as the versions list does", async () => {
    const all = await getStaleEvaluations(leader);
    expect(all).toMatchObject({ total: 2, productionVersions: 3 });
    // never evaluated first, then the least recently evaluated
    expect(all.versions.map((x) => x.versionId)).toEqual([v.bHighProd, v.aMinProd]);
    expect(all.versions[0]!.lastEvaluatedAt).toBeNull();
    for (const input of [{}, { team: teamA }, { team: teamB, riskTier: "HIGH" as const }]) {
      const tile = await getStaleEvaluations(leader, new Date(), await filters(input));
      expect(await countVersions(leader, { ...input, stage: "PRODUCTION", notEvaluatedInDays: 90 })).toBe(
        tile.total,
      );
    }
  });

  it("give the approval lead time per week of decision: median and 90th percentile", async () => {
    const weeks = await getApprovalLeadTime(leader, NOW);
    expect(weeks).toHaveLength(12);
    expect(weeks[11]).toEqual({ week: "2026-11-16", decided: 3, medianHours: 10, p90Hours: 41.2 });
    expect(weeks[9]).toEqual({ week: "2026-11-02", decided: 1, medianHours: 24, p90Hours: 24 });
    expect(weeks[10]).toEqual({ week: "2026-11-09", decided: 0, medianHours: null, p90Hours: null });
    const teamAWeeks = await getApprovalLeadTime(leader, NOW, await filters({ team: teamA }));
    expect(teamAWeeks[11]).toMatchObject({ decided: 2, medianHours: 9 });
  });

  it("count drift alerts per week by severity, as the alerts list does", async () => {
    const weeks = await getDriftAlertsTrend(leader, NOW);
    expect(weeks[11]).toEqual({ week: "2026-11-16", CRITICAL: 1, WARNING: 0, INFO: 1, total: 2 });
    expect(weeks[10]).toMatchObject({ week: "2026-11-09", WARNING: 1, total: 1 });
    const since = weeks[0]!.week;
    for (const input of [{}, { team: teamB }, { riskTier: "HIGH" as const }]) {
      const tile = await getDriftAlertsTrend(leader, NOW, await filters(input));
      const listed = await listAlerts(leader, { ...input, kind: "DRIFT", since });
      expect(listed.total).toBe(tile.reduce((sum, w) => sum + w.total, 0));
    }
    // the alert about no version is counted only while no filter is set
    expect((await getDriftAlertsTrend(leader, NOW, await filters({ riskTier: "HIGH" })))[11]!.INFO).toBe(0);
  });
});
