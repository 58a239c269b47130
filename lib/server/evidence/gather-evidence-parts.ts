import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import type { LineageGraph } from "@/lib/schemas/lineage";
import { db } from "@/lib/server/db";
import { getWholeLineage } from "@/lib/server/lineage/get-lineage";
import { getVersionMetrics } from "@/lib/server/metrics/get-version-metrics";
import { promotionRequestSelect, toPromotionRequestView } from "@/lib/server/promotions/promotion-view";
import type { VersionDetail } from "@/lib/server/versions/version-view";
import { datasetVersionSelect } from "@/lib/server/datasets/dataset-view";

/**
 * Everything but the audit trail, read through the registry's own readers (lineage, metrics, the
 * promotion view), so the package says what the pages say. Each part is small next to the trail,
 * which the package pages through as it streams.
 */
export async function gatherEvidenceParts(principal: Principal, version: VersionDetail) {
  const versionId = version.id;
  const [facts, ancestors, descendants, datasets, metrics, promotions, entities] = await Promise.all([
    db.modelVersion.findUniqueOrThrow({
      where: { id: versionId },
      select: {
        modelCardSections: true,
        model: {
          select: {
            description: true,
            license: true,
            task: true,
            riskTier: true,
            intendedUse: true,
            hfId: true,
            team: { select: { id: true, name: true } },
          },
        },
      },
    }),
    getWholeLineage(versionId, { direction: "up" }),
    getWholeLineage(versionId, { direction: "down" }),
    db.datasetUsage.findMany({
      where: { modelVersionId: versionId },
      orderBy: [{ role: "asc" }, { id: "asc" }],
      select: {
        role: true,
        datasetVersion: {
          select: {
            ...datasetVersionSelect,
            dataset: { select: { id: true, slug: true, name: true, source: true, license: true } },
          },
        },
      },
    }),
    getVersionMetrics(principal, versionId),
    db.promotionRequest.findMany({
      where: { versionId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: promotionRequestSelect,
    }),
    auditedEntities(versionId),
  ]);
  return {
    version: {
      ...version,
      model: { ...version.model, ...facts.model },
      modelCardSections: facts.modelCardSections,
    },
    lineage: {
      ancestors: withoutSelf(ancestors, versionId),
      descendants: withoutSelf(descendants, versionId),
    },
    datasets: datasets.map(({ role, datasetVersion: { rowCount, ...rest } }) => ({
      role,
      ...rest,
      rowCount: rowCount === null ? null : Number(rowCount),
    })),
    metrics,
    promotions: promotions.map(toPromotionRequestView),
    entities,
  };
}

const withoutSelf = (graph: LineageGraph, versionId: string) => ({
  nodes: graph.nodes.filter((node) => node.id !== versionId),
  edges: graph.edges,
});

/**
 * The records whose audit events make up the version's history: the version itself, its promotion
 * requests, artifacts, evaluation runs, fairness reports and the lineage edges that name its parents.
 */
async function auditedEntities(versionId: string) {
  const [promotions, artifacts, runs, reports, edges] = await Promise.all([
    db.promotionRequest.findMany({ where: { versionId }, select: { id: true } }),
    db.artifact.findMany({ where: { versionId }, select: { id: true } }),
    db.evaluationRun.findMany({ where: { versionId }, select: { id: true } }),
    db.fairnessReport.findMany({ where: { versionId }, select: { id: true } }),
    db.lineageEdge.findMany({ where: { childId: versionId }, select: { id: true } }),
  ]);
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  return [
    { entityType: "model_version", entityId: { in: [versionId] } },
    { entityType: "promotion_request", entityId: { in: ids(promotions) } },
    { entityType: "artifact", entityId: { in: ids(artifacts) } },
    { entityType: "evaluation_run", entityId: { in: ids(runs) } },
    { entityType: "fairness_report", entityId: { in: ids(reports) } },
    { entityType: "lineage_edge", entityId: { in: ids(edges) } },
  ].filter((where) => where.entityId.in.length > 0);
}

export type EvidenceParts = Awaited<ReturnType<typeof gatherEvidenceParts>>;
