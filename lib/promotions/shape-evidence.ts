/**
 * The engine's evidence of a version, turned into the review page's sections: the same numbers the
 * policies judged, with what a reader needs beside them (the parent's and base's metrics, each
 * fairness group's selection rate, where a dataset lives). Pure: the review service does the reading.
 */
import { MODEL_CARD_SECTIONS } from "@/lib/formats/model-card-sections";
import type { Evidence, EvidenceMetric } from "@/lib/policy/evidence";
import { compareMetrics } from "./compare-metrics";
import { summariseDrift } from "./drift-summary";
import type { ReviewEvidence, ReviewFairness, ReviewVersionRef } from "./review-types";

export type EvidenceExtras = {
  /** the base model version at the root of the lineage, with its latest metrics */
  base: (ReviewVersionRef & { metrics: EvidenceMetric[] }) | null;
  /** fairness reports by id: their row counts and per-group rates as stored */
  reports: Map<string, { rowCount: number; groups: unknown }>;
  /** per attribute, the reports recorded before the latest one (as of the request), newest first */
  earlierReports: Map<string, { recordedAt: Date; disparateImpactRatio: number | null }[]>;
  /** dataset versions by id: what the evidence leaves out */
  datasets: Map<string, { datasetId: string; personalDataCategories: string[]; region: string | null }>;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/** Per-group rates as the fairness service stores them; a malformed entry is left out, not guessed. */
export function groupRates(groups: unknown): ReviewFairness["groups"] {
  if (!Array.isArray(groups)) return [];
  return groups.flatMap((entry) =>
    isRecord(entry) &&
    typeof entry.group === "string" &&
    typeof entry.count === "number" &&
    typeof entry.selectionRate === "number"
      ? [{ group: entry.group, count: entry.count, selectionRate: entry.selectionRate }]
      : [],
  );
}

export function shapeEvidence(
  evidence: Evidence,
  extras: EvidenceExtras,
): Omit<ReviewEvidence, "lineage" | "artifacts"> {
  const { parent } = evidence;
  return {
    metrics: {
      rows: compareMetrics(evidence.metrics, parent?.metrics ?? null, extras.base?.metrics ?? null),
      parent: parent ? { id: parent.id, label: parent.label } : null,
      base: extras.base ? { id: extras.base.id, label: extras.base.label } : null,
    },
    fairness: evidence.fairness
      .map((report) => {
        const stored = extras.reports.get(report.reportId);
        return {
          attribute: report.attribute,
          recordedAt: report.recordedAt,
          rowCount: stored?.rowCount ?? 0,
          demographicParityDifference: report.demographicParityDifference,
          disparateImpactRatio: report.disparateImpactRatio,
          equalizedOddsDifference: report.equalizedOddsDifference,
          groups: groupRates(stored?.groups),
          earlier: {
            count: extras.earlierReports.get(report.attribute)?.length ?? 0,
            previous: extras.earlierReports.get(report.attribute)?.[0] ?? null,
          },
        };
      })
      .sort((a, b) => a.attribute.localeCompare(b.attribute)),
    drift: summariseDrift(evidence.drift),
    datasets: evidence.datasets.flatMap((dataset) => {
      const facts = extras.datasets.get(dataset.datasetVersionId);
      if (!facts) return [];
      return [
        {
          datasetVersionId: dataset.datasetVersionId,
          datasetId: facts.datasetId,
          label: dataset.label,
          role: dataset.role,
          via: dataset.via,
          license: dataset.license,
          containsPersonalData: dataset.containsPersonalData,
          personalDataCategories: facts.personalDataCategories,
          legalBasis: dataset.legalBasis,
          region: facts.region,
        },
      ];
    }),
    modelCard: evidence.modelCard
      ? MODEL_CARD_SECTIONS.map(({ key, label }) => ({ key, label, status: evidence.modelCard![key] }))
      : null,
  };
}
