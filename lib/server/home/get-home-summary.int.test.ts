import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";
import { createTeam, createUser } from "@/tests/support/factories";
import {
  createAlert,
  createModel,
  createPromotionRequest,
  createVersion,
} from "@/tests/support/governance-rows";
import { getHomeSummary } from "./get-home-summary";

const NOW = new Date("2026-11-18T10:00:00Z");
const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const p: Record<"sciA" | "sciB" | "officer" | "officer2" | "leader" | "admin", Principal> = {} as never;
const v: Record<string, string> = {};
const r: Record<string, string> = {};

beforeAll(async () => {
  const [teamA, teamB] = [await createTeam(), await createTeam()];
  p.sciA = (await createUser({ roles: ["DATA_SCIENTIST"], teamIds: [teamA.id] })).principal;
  p.sciB = (await createUser({ roles: ["DATA_SCIENTIST"], teamIds: [teamB.id] })).principal;
  p.officer = (await createUser({ roles: ["COMPLIANCE_OFFICER"] })).principal;
  p.officer2 = (await createUser({ roles: ["COMPLIANCE_OFFICER"] })).principal;
  p.leader = (await createUser({ roles: ["LEADERSHIP"] })).principal;
  p.admin = (await createUser({ roles: ["ADMIN"] })).principal;
  await db.user.create({
    data: { email: "gone@test.local", name: "Gone", roles: ["DATA_SCIENTIST"], disabled: true },
  });

  const modelA = await createModel({ teamId: teamA.id, createdById: p.sciA.id });
  const modelB = await createModel({ teamId: teamB.id, createdById: p.sciB.id });
  const version = async (
    key: string,
    modelId: string,
    createdById: string,
    stage: "DEVELOPMENT" | "STAGING" | "PRODUCTION" = "DEVELOPMENT",
    daysAgo = 10,
  ) => {
    v[key] = (await createVersion({ modelId, createdById, stage, createdAt: ago(daysAgo) })).id;
  };
  await version("a1", modelA.id, p.sciA.id, "DEVELOPMENT", 9);
  await version("a2", modelA.id, p.sciA.id, "DEVELOPMENT", 8);
  await version("a3", modelA.id, p.sciA.id);
  await version("a4", modelA.id, p.sciA.id);
  await version("a5", modelA.id, p.sciA.id, "STAGING");
  await version("a6", modelA.id, p.sciA.id);
  await version("a7", modelA.id, p.sciA.id, "PRODUCTION");
  await version("b1", modelB.id, p.sciB.id);
  await version("b2", modelB.id, p.sciB.id);

  const request = async (
    key: string,
    versionKey: string,
    by: Principal,
    status: "PENDING" | "APPROVED" | "REJECTED" | "BLOCKED" | "WITHDRAWN",
    daysAgo: number,
    extra = {},
  ) => {
    r[key] = (
      await createPromotionRequest({
        versionId: v[versionKey]!,
        requestedById: by.id,
        status,
        createdAt: ago(daysAgo),
        ...extra,
      })
    ).id;
  };
  await request("a2withdrawn", "a2", p.sciA, "WITHDRAWN", 7);
  await request("a3pending", "a3", p.sciA, "PENDING", 6, {
    policies: [
      { mode: "ENFORCE", passed: true },
      { mode: "SHADOW", passed: false },
    ],
  });
  await request("a4rejected", "a4", p.sciA, "REJECTED", 5);
  await request("a4pending", "a4", p.sciA, "PENDING", 4);
  await request("a5blocked", "a5", p.sciA, "BLOCKED", 3, {
    fromStage: "STAGING",
    toStage: "PRODUCTION",
    policies: [
      { mode: "ENFORCE", passed: false, results: [{ passed: false }, { passed: true }, { passed: false }] },
      { mode: "SHADOW", passed: false, results: [{ passed: false }] },
    ],
  });
  await request("a6rejected", "a6", p.sciA, "REJECTED", 2);
  await request("a7approved", "a7", p.sciA, "APPROVED", 1);
  await request("b2pending", "b2", p.sciB, "PENDING", 9, {
    requiredApprovals: 2,
    approvals: [{ approverId: p.officer2.id, decision: "APPROVE" }],
  });

  await createAlert({ versionId: v.a1, severity: "WARNING", title: "a1 drift" });
  await createAlert({ versionId: v.a1, severity: "CRITICAL", status: "RESOLVED" });
  await createAlert({ versionId: v.b1, severity: "CRITICAL", title: "b1 drift" });
  await createAlert({ severity: "CRITICAL", title: "no version" });

  const erasure = (status: "OPEN" | "IN_PROGRESS" | "COMPLETED", dueInDays: number) =>
    db.erasureRequest.create({
      data: {
        subjectReference: `subject-${status}`,
        reason: "GDPR art. 17",
        status,
        requestedById: p.officer.id,
        dueAt: new Date(NOW.getTime() + dueInDays * 86_400_000),
      },
    });
  await erasure("OPEN", 5);
  await erasure("IN_PROGRESS", -2);
  await erasure("COMPLETED", -20);

  const token = (name: string, expiresInDays: number, revoked = false) =>
    db.apiToken.create({
      data: {
        userId: p.admin.id,
        name,
        tokenHash: name,
        prefix: "mrt_x",
        scopes: ["read"],
        expiresAt: new Date(NOW.getTime() + expiresInDays * 86_400_000),
        revokedAt: revoked ? NOW : null,
      },
    });
  await token("soon", 3);
  await token("later", 20);
  await token("expired", -1);
  await token("soon-but-revoked", 5, true);
});

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe("getHomeSummary", () => {
  it("shows a data scientist only their teams' versions and alerts, and the requests that still need them", async () => {
    const summary = await getHomeSummary(p.sciA, NOW);
    expect(summary.officer).toBeNull();
    expect(summary.admin).toBeNull();
    const work = summary.scientist!;
    expect(work.ready.total).toBe(2);
    expect(ids(work.ready.items)).toEqual([v.a2, v.a1]);
    expect(work.requests.total).toBe(4);
    expect(work.requests.items.map((item) => [item.id, item.status])).toEqual([
      [r.a6rejected, "REJECTED"],
      [r.a5blocked, "BLOCKED"],
      [r.a4pending, "PENDING"],
      [r.a3pending, "PENDING"],
    ]);
    expect(work.requests.items[1]).toMatchObject({
      fromStage: "STAGING",
      toStage: "PRODUCTION",
      version: { id: v.a5 },
      // the two failed rules of the ENFORCE policy; the SHADOW failure never blocks
      failingRules: 2,
    });
    expect(work.requests.items[0]!.failingRules).toBe(0);
    expect(work.alerts.total).toBe(1);
    expect(work.alerts.items.map((alert) => alert.title)).toEqual(["a1 drift"]);
  });

  it("scopes another team's scientist to their own team", async () => {
    const work = (await getHomeSummary(p.sciB, NOW)).scientist!;
    expect(ids(work.ready.items)).toEqual([v.b1]);
    expect(ids(work.requests.items)).toEqual([r.b2pending]);
    expect(work.alerts.items.map((alert) => alert.title)).toEqual(["b1 drift"]);
  });

  it("gives a compliance officer the requests they may still decide, oldest first, with policy results", async () => {
    const summary = await getHomeSummary(p.officer, NOW);
    expect(summary.scientist).toBeNull();
    const queue = summary.officer!;
    expect(queue.inbox).toEqual({ total: 3, oldestAt: ago(9) });
    expect(queue.waiting.total).toBe(3);
    expect(ids(queue.waiting.items)).toEqual([r.b2pending, r.a3pending, r.a4pending]);
    expect(queue.waiting.items[0]).toMatchObject({
      requiredApprovals: 2,
      approvals: { approved: 1, rejected: 0 },
    });
    expect(queue.waiting.items[1]!.policy).toEqual({
      passed: 1,
      failed: 1,
      enforcedFailed: 0,
      shadowFailed: 1,
    });
    expect(queue.erasures).toMatchObject({ total: 2, overdue: 1 });
    expect(queue.erasures!.items.map((e) => e.subjectReference)).toEqual([
      "subject-IN_PROGRESS",
      "subject-OPEN",
    ]);
    expect(queue.criticalAlerts.total).toBe(2);
  });

  it("leaves out of an officer's queue the requests they already decided", async () => {
    const queue = (await getHomeSummary(p.officer2, NOW)).officer!;
    expect(ids(queue.waiting.items)).toEqual([r.a3pending, r.a4pending]);
    // The inbox is every pending request: the one officer2 approved still waits for a second officer.
    expect(queue.inbox.total).toBe(3);
  });

  it("gives leadership the headline numbers and nothing to act on", async () => {
    const summary = await getHomeSummary(p.leader, NOW);
    expect(summary).toMatchObject({ scientist: null, officer: null, admin: null });
    // a5's blocked request (3 days ago, with a failed shadow policy of its own) and a3's failed shadow policy
    expect(summary.overview).toEqual({
      models: 2,
      productionVersions: 1,
      pendingApprovals: 3,
      blockedRequests: 1,
      shadowFailures: 2,
      policyBreaches: 3,
      openAlerts: 3,
    });
  });

  it("gives an admin accounts and the tokens expiring within 14 days, besides every other section", async () => {
    const summary = await getHomeSummary(p.admin, NOW);
    expect(summary.admin!.users).toEqual({ active: 6, disabled: 1 });
    expect(summary.admin!.expiringTokens.total).toBe(1);
    expect(summary.admin!.expiringTokens.items.map((t) => t.name)).toEqual(["soon"]);
    // The admin belongs to no team here, so nothing of a team is theirs to act on.
    expect(summary.scientist).toMatchObject({
      ready: { total: 0 },
      requests: { total: 0 },
      alerts: { total: 0 },
    });
    expect(summary.officer!.waiting.total).toBe(3);
    expect(summary.overview).not.toBeNull();
  });
});
