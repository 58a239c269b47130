/**
 * What the policy engine may look at for one version: gathered from the database by
 * `lib/server/policies/gather-evidence.ts` (the one reader), handed to the pure engine as plain data,
 * so a rule can be tested with a literal and the seed judges its demo versions exactly as requests are.
 */
import type { ArtifactFormat, DatasetRole, RiskTier, Stage } from "@/generated/prisma/enums";
import type { ModelCardSectionKey, SectionStatus } from "@/lib/formats/model-card-sections";

/** The latest overall (unsliced) value of one metric on one suite. */
export type EvidenceMetric = {
  suite: string;
  metric: string;
  value: number;
  higherIsBetter: boolean;
  runId: string;
  recordedAt: Date;
};

/** The latest fairness report of one protected attribute. */
export type EvidenceFairness = {
  attribute: string;
  demographicParityDifference: number;
  disparateImpactRatio: number | null;
  equalizedOddsDifference: number | null;
  reportId: string;
  recordedAt: Date;
};

/** The latest window of one drift metric of one feature (or `prediction`). */
export type EvidenceDrift = {
  feature: string;
  metric: string;
  value: number | null;
  windowStart: Date;
  windowEnd: Date;
};

/** A dataset version behind the version: used by it (direct) or by one of its ancestors. */
export type EvidenceDataset = {
  datasetVersionId: string;
  /** "dataset-slug@label" as people say it */
  label: string;
  license: string | null;
  containsPersonalData: boolean;
  legalBasis: string | null;
  role: DatasetRole;
  via: "direct" | "ancestor";
};

export type Evidence = {
  version: { id: string; label: string; stage: Stage; riskTier: RiskTier };
  /** the parent evaluations are compared with: the first parent in lineage order; null for a root */
  parent: { id: string; label: string; metrics: EvidenceMetric[] } | null;
  metrics: EvidenceMetric[];
  fairness: EvidenceFairness[];
  drift: EvidenceDrift[];
  artifacts: { name: string; format: ArtifactFormat }[];
  /** per section of the card; null when the version has no model card at all */
  modelCard: Record<ModelCardSectionKey, SectionStatus> | null;
  datasets: EvidenceDataset[];
};
