import "server-only";
import type { ReportData } from "@/lib/evidence/report-html";
import {
  DATASET_ROLE_LABELS,
  KIND_LABELS,
  LEGAL_BASIS_LABELS,
  RISK_LABELS,
  STAGE_LABELS,
  VERSION_STATUS_LABELS,
} from "@/lib/labels";
import type { ChainVerification } from "@/lib/server/audit/verify-audit-chain";
import type { EvidenceParts } from "./gather-evidence-parts";

const iso = (date: Date | string | null) => (date === null ? null : new Date(date).toISOString());
const nodeLabel = (node: { model: { slug: string }; version: number; stage: keyof typeof STAGE_LABELS }) =>
  `${node.model.slug} v${node.version} (${STAGE_LABELS[node.stage].toLowerCase()})`;

/** What the report shows of each part (the JSON files keep everything). */
export function reportData(
  parts: EvidenceParts,
  chain: ChainVerification,
  audit: ReportData["audit"],
  exported: { exportedAt: string; exportedBy: string },
): ReportData {
  const { version, metrics } = parts;
  return {
    ...exported,
    version: {
      id: version.id,
      label: `${version.model.slug} v${version.version}`,
      modelName: version.model.name,
      kind: KIND_LABELS[version.model.kind],
      stage: STAGE_LABELS[version.stage],
      status: VERSION_STATUS_LABELS[version.status],
      riskTier: RISK_LABELS[version.model.riskTier],
      team: version.model.team.name,
      intendedUse: version.model.intendedUse,
      license: version.model.license,
      task: version.model.task,
      createdAt: iso(version.createdAt)!,
      createdBy: version.createdBy.name,
      codeCommit: version.codeCommit,
      modelCard: version.modelCard,
      artifacts: version.artifacts.map((a) => ({ name: a.name, sha256: a.sha256, sizeBytes: a.sizeBytes })),
    },
    lineage: {
      ancestors: parts.lineage.ancestors.nodes.map(nodeLabel),
      descendants: parts.lineage.descendants.nodes.map(nodeLabel),
    },
    datasets: parts.datasets.map((d) => ({
      label: `${d.dataset.slug}@${d.version}${d.label ? ` (${d.label})` : ""}`,
      role: DATASET_ROLE_LABELS[d.role],
      containsPersonalData: d.containsPersonalData,
      categories: d.personalDataCategories,
      legalBasis: d.legalBasis ? LEGAL_BASIS_LABELS[d.legalBasis] : null,
      license: d.dataset.license,
      region: d.region,
      retentionDays: d.retentionDays,
    })),
    evaluations: metrics.evaluations.map((e) => ({
      suite: e.suite,
      metric: e.metric,
      value: e.value,
      parentDelta: e.parent?.delta ?? null,
      direction: e.parent?.direction ?? null,
    })),
    fairness: metrics.fairness.reports.map((r) => ({
      attribute: r.attribute,
      dpd: r.demographicParityDifference,
      dir: r.disparateImpactRatio,
      eod: r.equalizedOddsDifference,
      rows: r.rowCount,
    })),
    drift: metrics.drift.series.map((s) => {
      const values = s.points.map((p) => p.max).filter((v): v is number => v !== null);
      return {
        feature: s.feature,
        metric: s.metric,
        latest: s.points.at(-1)?.avg ?? null,
        max: values.length ? Math.max(...values) : null,
        warn: s.warn,
        alert: s.alert,
      };
    }),
    promotions: parts.promotions.map((p) => ({
      label: `${STAGE_LABELS[p.fromStage]} to ${STAGE_LABELS[p.toStage].toLowerCase()}${p.emergencyOverride ? " (emergency override)" : ""}`,
      status: p.status,
      requestedBy: p.requestedBy.name,
      createdAt: iso(p.createdAt)!,
      justification: p.justification,
      policies: p.policyResults.map((r) => ({
        name: `${r.policyName} v${r.policyVersion}`,
        mode: r.mode,
        passed: r.passed,
      })),
      decisions: p.approvals.map((a) => ({
        by: a.approver.name,
        decision: a.decision,
        comment: a.comment,
        at: iso(a.createdAt)!,
      })),
    })),
    audit,
    chain,
  };
}
