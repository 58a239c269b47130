import "server-only";
import { can, isAdmin, type Principal } from "@/lib/auth/permissions";
import { ancestryOf, versionLabel } from "@/lib/promotions/ancestry";
import { decideRights } from "@/lib/promotions/decide-rights";
import type { ReviewData, ReviewEvidence, ReviewHeader } from "@/lib/promotions/review-types";
import { shapeEvidence } from "@/lib/promotions/shape-evidence";
import { secondsBetween } from "@/lib/promotions/waiting-age";
import { listArtifacts } from "@/lib/server/artifacts/list-artifacts";
import { db } from "@/lib/server/db";
import { getWholeLineage } from "@/lib/server/lineage/get-lineage";
import { readLineageRefs } from "@/lib/server/metrics/read-evaluation-comparison";
import { gatherEvidence } from "@/lib/server/policies/gather-evidence";
import { getPromotionOrThrow } from "./get-promotion";
import { listVersionPromotions } from "./list-version-promotions";

/**
 * The facts of the evidence the engine's reader leaves out: dataset links and places, fairness groups,
 * and the fairness reports each latest one replaced (recorded before it, up to the request).
 */
async function evidenceExtras(
  versionId: string,
  datasetVersionIds: string[],
  latestReports: { reportId: string; attribute: string }[],
  asOf: Date,
) {
  const [datasets, reports, all] = await Promise.all([
    db.datasetVersion.findMany({
      where: { id: { in: datasetVersionIds } },
      select: { id: true, datasetId: true, personalDataCategories: true, region: true },
    }),
    db.fairnessReport.findMany({
      where: { id: { in: latestReports.map((report) => report.reportId) } },
      select: { id: true, rowCount: true, groups: true },
    }),
    db.fairnessReport.findMany({
      where: { versionId, createdAt: { lte: asOf } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, attribute: true, createdAt: true, disparateImpactRatio: true },
    }),
  ]);
  const latest = new Set(latestReports.map((report) => report.reportId));
  const earlierReports = new Map<string, { recordedAt: Date; disparateImpactRatio: number | null }[]>();
  for (const report of all) {
    if (latest.has(report.id)) continue;
    const list = earlierReports.get(report.attribute) ?? [];
    list.push({ recordedAt: report.createdAt, disparateImpactRatio: report.disparateImpactRatio });
    earlierReports.set(report.attribute, list);
  }
  return {
    datasets: new Map(datasets.map(({ id, ...facts }) => [id, facts])),
    reports: new Map(reports.map(({ id, ...report }) => [id, report])),
    earlierReports,
  };
}

/**
 * Everything an officer needs to decide one request, on one screen (`registry.read`: requesters follow
 * their own requests here too): the request with its frozen policy results and decisions, the evidence
 * as it stood when the request was made (what the policies judged), set beside the parent's and the
 * base's, the lineage, the artifacts, the version's other requests, and what the viewer may do.
 */
export async function getPromotionReview(
  principal: Principal,
  requestId: string,
  now = new Date(),
): Promise<ReviewData> {
  const request = await getPromotionOrThrow(principal, requestId);
  const versionId = request.version.id;
  const [evidence, lineage, refs, artifacts, registrant, history, servingNow, erasures] = await Promise.all([
    gatherEvidence(db, versionId, { asOf: request.createdAt }),
    getWholeLineage(versionId, { direction: "up" }),
    // The parent and base the version's own Metrics tab compares with (the first-parent chain), so
    // both screens set the same figures beside the version, merges included.
    readLineageRefs(db, versionId),
    listArtifacts(versionId, { limit: 200 }),
    db.modelVersion.findUniqueOrThrow({
      where: { id: versionId },
      select: { createdBy: { select: { id: true, name: true } } },
    }),
    listVersionPromotions(principal, versionId),
    request.toStage === "PRODUCTION"
      ? db.modelVersion.findMany({
          where: { model: { slug: request.version.model.slug }, stage: "PRODUCTION", id: { not: versionId } },
          orderBy: { version: "desc" },
          select: { id: true, version: true },
        })
      : [],
    db.erasureAffectedVersion.findMany({
      where: { versionId, request: { status: { in: ["OPEN", "IN_PROGRESS"] } } },
      orderBy: { request: { dueAt: "asc" } },
      select: { disposition: true, request: { select: { id: true, dueAt: true } } },
    }),
  ]);
  const ancestors = ancestryOf(lineage, versionId);
  const base = refs?.base ?? null;
  const [baseEvidence, extras] = await Promise.all([
    // The base's metrics as the engine reads any version's; the parent's are in the evidence already.
    base && base.id !== evidence.parent?.id ? gatherEvidence(db, base.id, { asOf: request.createdAt }) : null,
    evidenceExtras(
      versionId,
      evidence.datasets.map((dataset) => dataset.datasetVersionId),
      evidence.fairness,
      request.createdAt,
    ),
  ]);
  const baseMetrics = base && (baseEvidence?.metrics ?? evidence.parent?.metrics ?? []);

  const header: ReviewHeader = {
    id: request.id,
    status: request.status,
    fromStage: request.fromStage,
    toStage: request.toStage,
    justification: request.justification,
    requiredApprovals: request.requiredApprovals,
    keepPreviousProduction: request.keepPreviousProduction,
    emergencyOverride: request.emergencyOverride,
    createdAt: request.createdAt,
    decidedAt: request.decidedAt,
    ageSeconds: secondsBetween(request.createdAt, now),
    requestedBy: request.requestedBy,
    servingNow,
    version: { ...request.version, registeredBy: registrant.createdBy },
  };
  const evidenceSections: ReviewEvidence = {
    ...shapeEvidence(evidence, {
      base: base && baseMetrics ? { id: base.id, label: base.label, metrics: baseMetrics } : null,
      ...extras,
    }),
    lineage: ancestors.map((ancestor) => ({
      id: ancestor.id,
      label: versionLabel(ancestor),
      kind: ancestor.kind,
      stage: ancestor.stage,
      relation: ancestor.relation,
      depth: ancestor.depth,
    })),
    artifacts: artifacts.items,
  };
  return {
    request: header,
    openErasures: erasures.map(({ disposition, request: erasure }) => ({
      id: erasure.id,
      dueAt: erasure.dueAt,
      decided: disposition !== null,
    })),
    policies: request.policyResults.map((policy) => ({
      id: `${policy.policyId}@${policy.policyVersion}`,
      policyKey: policy.policyId,
      policyName: policy.policyName,
      policyVersion: policy.policyVersion,
      mode: policy.mode,
      passed: policy.passed,
      evaluatedAt: policy.evaluatedAt,
      results: policy.results,
    })),
    decisions: request.approvals,
    approvalsCount: request.approvalsCount,
    evidence: evidenceSections,
    evidenceAsOf: request.createdAt,
    otherRequests: history.items.filter((item) => item.id !== request.id),
    rights: decideRights({
      viewer: {
        id: principal.id,
        mayDecide: can(principal, "approvals.decide"),
        mayPromote: can(principal, "versions.promote"),
        isAdmin: isAdmin(principal),
      },
      request: {
        status: request.status,
        requestedById: request.requestedBy.id,
        registeredById: registrant.createdBy.id,
        approvals: request.approvals.map((approval) => ({
          approverId: approval.approver.id,
          decision: approval.decision,
        })),
      },
    }),
  };
}
