import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { FOUR_FIFTHS_THRESHOLD } from "@/lib/metrics/fairness";
import { ruleResultSchema } from "@/lib/policy/rules";
import { judgeVersion } from "@/lib/server/policies/judge-version";
import { runAlertSweep } from "@/lib/server/alerts/run-alert-sweep";
import { db } from "@/lib/server/db";
import { seedDemoDataIfEmpty } from "./seed-demo-data";

beforeAll(async () => {
  expect(await seedDemoDataIfEmpty(() => {})).toBe(true);
}, 60_000);

const countBy = async <T extends string>(rows: Promise<{ key: T; count: number }[]>) =>
  Object.fromEntries((await rows).map((r) => [r.key, r.count])) as Record<T, number>;

describe("demo governance data", () => {
  it("has promotion requests in every status, none approved by its requester", async () => {
    const statuses = await countBy(
      db.promotionRequest
        .groupBy({ by: ["status"], _count: { _all: true } })
        .then((rows) => rows.map((r) => ({ key: r.status, count: r._count._all }))),
    );
    expect(Object.keys(statuses).sort()).toEqual(["APPROVED", "BLOCKED", "PENDING", "REJECTED", "WITHDRAWN"]);
    expect(statuses.PENDING).toBeGreaterThanOrEqual(2);
    const selfDecided = await db.approval.findMany({
      select: { approverId: true, request: { select: { requestedById: true } } },
    });
    expect(selfDecided.length).toBeGreaterThan(0);
    expect(selfDecided.filter((a) => a.approverId === a.request.requestedById)).toEqual([]);
    const approvers = await db.user.findMany({ where: { approvals: { some: {} } }, select: { email: true } });
    expect(approvers.map((a) => a.email).sort()).toEqual(["officer2@demo.local", "officer@demo.local"]);
  });

  it("freezes policy results on every request, and blocks only on an ENFORCE failure", async () => {
    const requests = await db.promotionRequest.findMany({
      select: {
        status: true,
        requiredApprovals: true,
        approvals: { select: { decision: true } },
        policyEvaluations: { select: { mode: true, passed: true, results: true } },
      },
    });
    for (const request of requests) {
      expect(request.policyEvaluations.length).toBeGreaterThan(0);
      const enforceFailed = request.policyEvaluations.some((e) => e.mode === "ENFORCE" && !e.passed);
      expect(enforceFailed).toBe(request.status === "BLOCKED");
      for (const evaluation of request.policyEvaluations) {
        // Frozen in the engine's own result shape, every rule with a verdict in words.
        const results = z.array(ruleResultSchema).parse(evaluation.results);
        expect(results.length).toBeGreaterThan(0);
        expect(results.every((r) => r.message && r.required)).toBe(true);
        expect(evaluation.passed).toBe(results.every((r) => r.passed));
      }
      if (request.status === "APPROVED")
        expect(request.approvals.filter((a) => a.decision === "APPROVE")).toHaveLength(
          request.requiredApprovals,
        );
      if (request.status === "PENDING")
        expect(request.approvals.length).toBeLessThan(request.requiredApprovals);
    }
  });

  it("leaves the walkthrough's cases ready: a clean staging request, a fairness block, a high-risk pair", async () => {
    const versionId = async (slug: string, version: number) =>
      (
        await db.modelVersion.findFirstOrThrow({
          where: { version, model: { slug } },
          select: { id: true },
        })
      ).id;
    const staging = await judgeVersion(db, {
      versionId: await versionId("support-assistant-eu", 4),
      toStage: "STAGING",
    });
    expect(staging).toMatchObject({ blocked: false, requiredApprovals: 1 });
    const production = await judgeVersion(db, {
      versionId: await versionId("ticket-summarizer", 1),
      toStage: "PRODUCTION",
    });
    expect(production.blocked).toBe(true);
    expect(production.failingRules).toEqual([
      expect.objectContaining({ policyId: "production-release", ruleId: "demographic-parity" }),
    ]);
    const highRisk = await db.promotionRequest.findFirstOrThrow({
      where: { status: "PENDING", version: { model: { riskTier: "HIGH" } } },
      select: { requiredApprovals: true, toStage: true },
    });
    expect(highRisk).toEqual({ requiredApprovals: 2, toStage: "STAGING" });
  });

  it("keeps each version's stage consistent with its latest approved request", async () => {
    const versions = await db.modelVersion.findMany({
      select: {
        stage: true,
        promotionRequests: {
          where: { status: "APPROVED" },
          orderBy: { decidedAt: "desc" },
          take: 1,
          select: { toStage: true },
        },
      },
    });
    for (const version of versions) {
      const latest = version.promotionRequests[0];
      if (!latest) expect(version.stage).toBe("DEVELOPMENT");
      else if (version.stage !== "ARCHIVED") expect(version.stage).toBe(latest.toStage);
    }
  });

  it("has one version clearly failing the four-fifths rule, and reports computed per attribute", async () => {
    const reports = await db.fairnessReport.findMany({
      select: {
        attribute: true,
        disparateImpactRatio: true,
        groups: true,
        rowCount: true,
        version: { select: { version: true, model: { select: { slug: true } } } },
      },
    });
    const failing = reports.filter(
      (r) => r.disparateImpactRatio !== null && r.disparateImpactRatio < FOUR_FIFTHS_THRESHOLD,
    );
    expect(failing.map((r) => `${r.version.model.slug}@${r.version.version} ${r.attribute}`)).toEqual([
      "claims-fast-track@2 age_band",
    ]);
    expect(failing[0]!.disparateImpactRatio).toBeLessThan(0.75);
    for (const report of reports) {
      const groups = report.groups as { count: number }[];
      expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(report.rowCount);
    }
  });

  it("has 90 days of drift for every staging and production version, with one drifting past PSI 0.2", async () => {
    const deployed = await db.modelVersion.findMany({
      where: { stage: { in: ["STAGING", "PRODUCTION"] } },
      select: { id: true, stage: true },
    });
    expect(deployed.length).toBeGreaterThan(0);
    for (const version of deployed) {
      const days = await db.driftObservation.findMany({
        where: { versionId: version.id },
        select: { windowStart: true },
        distinct: ["windowStart"],
      });
      expect(days).toHaveLength(90);
      const metrics = await db.driftObservation.findMany({
        where: { versionId: version.id },
        select: { metric: true },
        distinct: ["metric"],
      });
      expect(metrics.map((m) => m.metric).sort()).toEqual(["JS", "KS", "KS_PVALUE", "PSI", "WASSERSTEIN"]);
    }
    const lastWeek = new Date(Date.now() - 7 * 86_400_000);
    const drifting = await db.driftObservation.findMany({
      where: {
        feature: "prediction",
        metric: "PSI",
        value: { gt: 0.2 },
        windowStart: { gte: lastWeek },
        versionId: { in: deployed.filter((v) => v.stage === "PRODUCTION").map((v) => v.id) },
      },
      select: { versionId: true },
      distinct: ["versionId"],
    });
    expect(drifting).toHaveLength(1);
  });

  it("has MLflow aliases and tags, and every alias that means production points at a PRODUCTION version", async () => {
    const aliases = await db.modelAlias.findMany({
      orderBy: { alias: "asc" },
      select: {
        alias: true,
        model: { select: { slug: true } },
        version: { select: { version: true, stage: true } },
      },
    });
    expect(aliases).toEqual([
      {
        alias: "challenger",
        model: { slug: "support-assistant-eu" },
        version: { version: 3, stage: "STAGING" },
      },
      {
        alias: "champion",
        model: { slug: "support-assistant-eu" },
        version: { version: 2, stage: "PRODUCTION" },
      },
    ]);
    expect(await db.modelKeyTag.count()).toBeGreaterThan(0);
    expect(await db.versionKeyTag.count()).toBeGreaterThan(0);
  });

  it("has the alerts the product's checks raise (the next sweep finds nothing new), a webhook, and two erasure requests", async () => {
    const alerts = await db.alert.findMany({
      orderBy: { createdAt: "asc" },
      select: { kind: true, status: true, severity: true, rule: true },
    });
    expect(alerts).toEqual([
      { kind: "ERASURE", status: "OPEN", severity: "CRITICAL", rule: "erasure.overdue" },
      // the drift watch is a SHADOW policy: its breaches warn
      { kind: "DRIFT", status: "OPEN", severity: "WARNING", rule: "production-drift-watch/prediction-psi" },
    ]);
    expect(await runAlertSweep(new Date())).toEqual({ raised: 0 });
    const webhook = await db.webhook.findFirstOrThrow({
      select: { url: true, enabled: true, encryptedSecret: true },
    });
    expect(webhook).toMatchObject({ url: "https://hooks.example.com/model-registry", enabled: false });
    expect(webhook.encryptedSecret).toMatch(/^v1:/);
    const erasure = await db.erasureRequest.findFirstOrThrow({
      orderBy: { createdAt: "desc" },
      select: {
        status: true,
        dueAt: true,
        createdAt: true,
        datasetVersion: { select: { containsPersonalData: true } },
      },
    });
    expect(erasure.status).toBe("OPEN");
    expect(erasure.datasetVersion?.containsPersonalData).toBe(true);
    expect(Math.round((erasure.dueAt.getTime() - erasure.createdAt.getTime()) / 86_400_000)).toBe(30);
    expect(await db.erasureRequest.count({ where: { status: "OPEN", dueAt: { lt: new Date() } } })).toBe(1);
    expect(await db.erasureAffectedVersion.count()).toBeGreaterThan(0);
  });
});
