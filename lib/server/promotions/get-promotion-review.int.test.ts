import { beforeAll, describe, expect, it } from "vitest";
import type { ModelKind } from "@/generated/prisma/enums";
import type { Principal } from "@/lib/auth/permissions";
import type { RuleResult } from "@/lib/policy/rules";
import { db } from "@/lib/server/db";
import { createTeam, createUser } from "@/tests/support/factories";
import {
  addArtifact,
  addDrift,
  addFairnessReport,
  addRun,
  at,
  createGovernedDataset,
  savePolicyVersion,
  setModelCard,
} from "@/tests/support/evidence-factories";
import { getPromotionReview } from "./get-promotion-review";

const p = {} as Record<"requester" | "registrant" | "officer" | "officer2" | "outsider", Principal>;
const ids: Record<string, string> = {};
const REQUESTED = at("2026-10-10");
const NOW = at("2026-10-13");

const rule = (ruleId: string, passed: boolean, measured: string | null): RuleResult => ({
  ruleId,
  kind: "metric_min",
  description: `${ruleId} rule`,
  status: passed ? "passed" : measured === null ? "missing_evidence" : "failed",
  passed,
  measured,
  required: "at least 0.65",
  message: passed ? "accuracy is 0.7" : "accuracy is below 0.65",
  value: measured === null ? null : Number(measured),
});

/**
 * base (BASE) <- tuned v1 (parent) <- tuned v2 (under review). v2 has metrics, fairness, drift, an
 * artifact, a card and a dataset; base has a dataset of its own and metrics; a run after the request
 * must not show. The request has an ENFORCE and a SHADOW result, one approval of two, and v2 has an
 * older rejected request.
 */
beforeAll(async () => {
  const team = await createTeam();
  p.requester = (
    await createUser({ roles: ["DATA_SCIENTIST", "COMPLIANCE_OFFICER"], teamIds: [team.id] })
  ).principal;
  p.registrant = (
    await createUser({ roles: ["DATA_SCIENTIST", "COMPLIANCE_OFFICER"], teamIds: [team.id] })
  ).principal;
  p.officer = (await createUser({ roles: ["COMPLIANCE_OFFICER"] })).principal;
  p.officer2 = (await createUser({ roles: ["COMPLIANCE_OFFICER"] })).principal;
  p.outsider = (await createUser({ roles: ["DATA_SCIENTIST"] })).principal;
  const owner = { team, user: { id: p.registrant.id } };
  const version = async (name: string, kind: ModelKind, number: number, modelId?: string) => {
    const model =
      modelId ??
      (
        await db.model.create({
          data: { slug: name, name, kind, teamId: team.id, createdById: p.registrant.id },
          select: { id: true },
        })
      ).id;
    return db.modelVersion.create({
      data: {
        modelId: model,
        version: number,
        stage: "STAGING",
        createdById: p.registrant.id,
        createdAt: at("2026-10-01"),
      },
      select: { id: true, modelId: true },
    });
  };
  const base = await version("Base", "BASE", 1);
  const parent = await version("Tuned", "FINE_TUNED", 1);
  const tuned = await version("Tuned", "FINE_TUNED", 2, parent.modelId);
  Object.assign(ids, { base: base.id, parent: parent.id, version: tuned.id });
  await db.lineageEdge.createMany({
    data: [
      { parentId: base.id, childId: parent.id, relation: "FINETUNED_FROM" },
      { parentId: parent.id, childId: tuned.id, relation: "FINETUNED_FROM" },
    ],
  });

  await addRun(owner, base, "mmlu", at("2026-10-02"), [["accuracy", 0.5]]);
  await addRun(owner, parent, "mmlu", at("2026-10-03"), [["accuracy", 0.6]]);
  await addRun(owner, tuned, "mmlu", at("2026-10-04"), [
    ["accuracy", 0.7],
    { name: "perplexity", value: 8, higherIsBetter: false },
  ]);
  await addRun(owner, parent, "mmlu", at("2026-10-03"), [
    { name: "perplexity", value: 9, higherIsBetter: false },
  ]);
  await addRun(owner, tuned, "mmlu", at("2026-10-11"), [["accuracy", 0.1]]);
  // Replaced by the one below before the request; the one after the request is not evidence.
  await addFairnessReport(owner, tuned, "gender", at("2026-10-03"), { dpd: 0.2, dir: 0.6 });
  await addFairnessReport(owner, tuned, "gender", at("2026-10-12"), { dpd: 0.3, dir: 0.5 });
  const report = await addFairnessReport(owner, tuned, "gender", at("2026-10-05"), {
    dpd: 0.04,
    dir: 0.75,
    eod: 0.1,
  });
  await db.fairnessReport.update({
    where: { id: report.id },
    data: {
      groups: [
        { group: "f", count: 60, positives: 30, selectionRate: 0.3 },
        { group: "m", count: 40, positives: 16, selectionRate: 0.4 },
      ],
    },
  });
  await addDrift(tuned, "prediction", "PSI", 0.15, at("2026-10-06"));
  await addDrift(tuned, "prediction", "KS", 0.08, at("2026-10-06"));
  const artifact = await addArtifact(owner, tuned, "SAFETENSORS", at("2026-10-04"));
  ids.artifact = artifact.id;
  await setModelCard(tuned, {
    markdown: "# Tuned",
    sections: {
      intendedUse: "present",
      limitations: "empty",
      trainingData: "present",
      evaluation: "present",
      ethicalConsiderations: "missing",
    },
  });
  const own = await createGovernedDataset(owner, {
    slug: "tickets",
    label: "2026-09",
    containsPersonalData: true,
    legalBasis: "CONSENT",
  });
  await db.datasetVersion.update({
    where: { id: own.version.id },
    data: { personalDataCategories: ["email", "name"], region: "eu-west-1" },
  });
  const inherited = await createGovernedDataset(owner, { slug: "web-corpus", license: "ODC-BY" });
  await db.datasetUsage.createMany({
    data: [
      { modelVersionId: tuned.id, datasetVersionId: own.version.id, role: "TRAIN" },
      { modelVersionId: base.id, datasetVersionId: inherited.version.id, role: "TRAIN" },
    ],
  });
  Object.assign(ids, { ownDataset: own.dataset.id });

  const enforce = await savePolicyVersion(owner, {
    key: "quality",
    version: 3,
    createdAt: at("2026-09-01"),
    rules: [],
    name: "Quality bar",
    targetStage: "PRODUCTION",
  });
  const shadow = await savePolicyVersion(owner, {
    key: "fairness",
    version: 1,
    createdAt: at("2026-09-01"),
    rules: [],
    name: "Fairness trial",
    mode: "SHADOW",
    targetStage: "PRODUCTION",
  });
  await db.promotionRequest.create({
    data: {
      versionId: tuned.id,
      fromStage: "STAGING",
      toStage: "PRODUCTION",
      status: "REJECTED",
      justification: "First try",
      requestedById: p.requester.id,
      createdAt: at("2026-10-08"),
      decidedAt: at("2026-10-09"),
    },
  });
  const request = await db.promotionRequest.create({
    data: {
      versionId: tuned.id,
      fromStage: "STAGING",
      toStage: "PRODUCTION",
      justification: "Better on every suite",
      requiredApprovals: 2,
      keepPreviousProduction: true,
      requestedById: p.requester.id,
      createdAt: REQUESTED,
      policyEvaluations: {
        create: [
          {
            policyId: enforce.id,
            policyVersion: 3,
            mode: "ENFORCE",
            passed: true,
            results: [rule("accuracy", true, "0.7")],
            evaluatedAt: REQUESTED,
          },
          {
            policyId: shadow.id,
            policyVersion: 1,
            mode: "SHADOW",
            passed: false,
            results: [rule("dir", false, "0.75")],
            evaluatedAt: REQUESTED,
          },
        ],
      },
      approvals: {
        create: [{ approverId: p.officer2.id, decision: "APPROVE", comment: "Numbers check out" }],
      },
    },
    select: { id: true },
  });
  ids.request = request.id;
});

describe("getPromotionReview", () => {
  it("assembles the request, its frozen policy results and decisions", async () => {
    const review = await getPromotionReview(p.officer, ids.request!, NOW);
    expect(review.request).toMatchObject({
      id: ids.request,
      status: "PENDING",
      toStage: "PRODUCTION",
      keepPreviousProduction: true,
      requiredApprovals: 2,
      ageSeconds: 3 * 86_400,
      requestedBy: { id: p.requester.id },
      version: { id: ids.version, version: 2, registeredBy: { id: p.registrant.id } },
    });
    expect(review.policies.map((policy) => [policy.policyName, policy.mode, policy.passed])).toEqual([
      ["Fairness trial", "SHADOW", false],
      ["Quality bar", "ENFORCE", true],
    ]);
    expect(review.policies[0]!.results[0]).toMatchObject({ ruleId: "dir", measured: "0.75", passed: false });
    expect(review.approvalsCount).toBe(1);
    expect(review.decisions).toMatchObject([
      { decision: "APPROVE", comment: "Numbers check out", approver: { id: p.officer2.id } },
    ]);
    expect(review.otherRequests.map((other) => [other.status, other.toStage])).toEqual([
      ["REJECTED", "PRODUCTION"],
    ]);
    expect(review.request.servingNow).toEqual([]);
  });

  it("names the open erasure requests that reach the version, and whether it has a disposition", async () => {
    expect((await getPromotionReview(p.officer, ids.request!, NOW)).openErasures).toEqual([]);
    const erasure = await db.erasureRequest.create({
      data: {
        subjectReference: "customer C-9",
        reason: "Art. 17",
        requestedById: p.officer.id,
        dueAt: at("2026-12-20"),
        affected: { create: [{ versionId: ids.version!, via: "DIRECT" }] },
      },
      select: { id: true },
    });
    const closed = await db.erasureRequest.create({
      data: {
        subjectReference: "customer C-10",
        reason: "Art. 17",
        requestedById: p.officer.id,
        dueAt: at("2026-12-01"),
        status: "COMPLETED",
        affected: { create: [{ versionId: ids.version!, via: "DIRECT", disposition: "RETRAIN" }] },
      },
      select: { id: true },
    });
    try {
      expect((await getPromotionReview(p.officer, ids.request!, NOW)).openErasures).toEqual([
        { id: erasure.id, dueAt: at("2026-12-20"), decided: false },
      ]);
    } finally {
      await db.erasureRequest.deleteMany({ where: { id: { in: [erasure.id, closed.id] } } });
    }
  });

  it("names what serves in production now, which approval would replace", async () => {
    await db.modelVersion.update({ where: { id: ids.parent! }, data: { stage: "PRODUCTION" } });
    try {
      const review = await getPromotionReview(p.officer, ids.request!, NOW);
      expect(review.request.servingNow).toEqual([{ id: ids.parent, version: 1 }]);
    } finally {
      await db.modelVersion.update({ where: { id: ids.parent! }, data: { stage: "STAGING" } });
    }
  });

  it("sets the evidence as of the request beside the parent's and the base's", async () => {
    const { evidence, evidenceAsOf } = await getPromotionReview(p.officer, ids.request!, NOW);
    expect(evidenceAsOf).toEqual(REQUESTED);
    expect(evidence.metrics.parent).toEqual({ id: ids.parent, label: "Tuned v1" });
    expect(evidence.metrics.base).toEqual({ id: ids.base, label: "Base v1" });
    const [accuracy, perplexity] = evidence.metrics.rows;
    // 0.7, not the 0.1 of the run made after the request
    expect(accuracy).toMatchObject({
      metric: "accuracy",
      value: 0.7,
      parent: { value: 0.6, direction: "better" },
      base: { value: 0.5, direction: "better" },
    });
    expect(perplexity).toMatchObject({
      metric: "perplexity",
      value: 8,
      parent: { value: 9, delta: -1, direction: "better" },
      base: null,
    });
    expect(evidence.fairness).toMatchObject([
      {
        attribute: "gender",
        rowCount: 100,
        disparateImpactRatio: 0.75,
        groups: [
          { group: "f", selectionRate: 0.3 },
          { group: "m", selectionRate: 0.4 },
        ],
        earlier: { count: 1, previous: { recordedAt: at("2026-10-03"), disparateImpactRatio: 0.6 } },
      },
    ]);
    expect(evidence.drift).toMatchObject([{ feature: "prediction", psi: 0.15, ks: 0.08, level: "moderate" }]);
    expect(
      evidence.datasets.map((d) => [d.label, d.via, d.license, d.personalDataCategories, d.region]),
    ).toEqual([
      ["tickets@2026-09", "direct", "CC-BY-4.0", ["email", "name"], "eu-west-1"],
      ["web-corpus@v1", "ancestor", "ODC-BY", [], null],
    ]);
    expect(evidence.datasets[0]!.datasetId).toBe(ids.ownDataset);
    expect(evidence.modelCard?.find((s) => s.key === "ethicalConsiderations")).toEqual({
      key: "ethicalConsiderations",
      label: "Ethical considerations",
      status: "missing",
    });
    expect(evidence.lineage.map((a) => [a.label, a.kind, a.relation, a.depth])).toEqual([
      ["Tuned v1", "FINE_TUNED", "FINETUNED_FROM", 1],
      ["Base v1", "BASE", "FINETUNED_FROM", 2],
    ]);
    expect(evidence.artifacts).toMatchObject([
      { id: ids.artifact, format: "SAFETENSORS", sizeBytes: 1024, sha256: "0".repeat(64) },
    ]);
  });

  it("lets another officer decide, and tells the requester, the registrant and an earlier approver why not", async () => {
    const rights = async (who: keyof typeof p) =>
      (await getPromotionReview(p[who], ids.request!, NOW)).rights;
    expect(await rights("officer")).toEqual({ mayDecide: true, whyNot: null, mayWithdraw: false });
    expect(await rights("requester")).toMatchObject({
      mayDecide: false,
      whyNot: expect.stringMatching(/^You requested this promotion/),
      mayWithdraw: true,
    });
    expect(await rights("registrant")).toMatchObject({
      mayDecide: false,
      whyNot: expect.stringMatching(/^You registered this version/),
      mayWithdraw: false,
    });
    expect(await rights("officer2")).toMatchObject({
      mayDecide: false,
      whyNot: expect.stringMatching(/already approved/),
    });
    expect(await rights("outsider")).toMatchObject({
      mayDecide: false,
      whyNot: expect.stringMatching(/Only compliance officers/),
    });
  });

  it("answers 404 for an unknown request and 403 without registry.read", async () => {
    await expect(getPromotionReview(p.officer, "no-such-request")).rejects.toMatchObject({
      code: "not_found",
    });
    const nobody = { id: "x", email: "x@test.local", name: "x", roles: [] };
    await expect(getPromotionReview(nobody, ids.request!)).rejects.toMatchObject({ code: "forbidden" });
  });
});
