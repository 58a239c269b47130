/**
 * The review page's data, section by section, as plain values: the review service assembles it and the
 * components draw it, so the two share one definition and the components never reach for the server.
 */
import type {
  ArtifactFormat,
  DatasetRole,
  Decision,
  LineageRelation,
  ModelKind,
  PolicyMode,
  PromotionStatus,
  RiskTier,
  Stage,
} from "@/generated/prisma/enums";
import type { ModelCardSectionKey, SectionStatus } from "@/lib/formats/model-card-sections";
import type { MetricRow } from "@/lib/promotions/compare-metrics";
import type { DriftRow } from "@/lib/promotions/drift-summary";
import type { RuleResult } from "@/lib/policy/rules";

export type ReviewPolicy = {
  id: string;
  policyKey: string;
  policyName: string;
  policyVersion: number;
  mode: PolicyMode;
  passed: boolean;
  evaluatedAt: Date;
  results: RuleResult[];
};

export type ReviewDecision = {
  id: string;
  decision: Decision;
  comment: string;
  createdAt: Date;
  approver: { id: string; name: string; email: string };
};

export type ReviewVersionRef = { id: string; label: string };

export type ReviewFairness = {
  attribute: string;
  recordedAt: Date;
  rowCount: number;
  demographicParityDifference: number;
  disparateImpactRatio: number | null;
  equalizedOddsDifference: number | null;
  groups: { group: string; count: number; selectionRate: number }[];
  /**
   * The reports of the same attribute recorded before this one (up to the request): a report that
   * failed and was replaced shortly before the request is what an officer must see.
   */
  earlier: { count: number; previous: { recordedAt: Date; disparateImpactRatio: number | null } | null };
};

export type ReviewDataset = {
  datasetVersionId: string;
  datasetId: string;
  label: string;
  role: DatasetRole;
  via: "direct" | "ancestor";
  license: string | null;
  containsPersonalData: boolean;
  personalDataCategories: string[];
  legalBasis: string | null;
  region: string | null;
};

export type ReviewAncestor = {
  id: string;
  label: string;
  kind: ModelKind;
  stage: Stage;
  /** how the version below it in the chain relates to it ("fine-tuned from" it) */
  relation: LineageRelation;
  /** generations above the version under review (1: a parent) */
  depth: number;
};

export type ReviewArtifact = {
  id: string;
  name: string;
  format: ArtifactFormat;
  sizeBytes: number;
  sha256: string;
  isReference: boolean;
  uri: string;
  downloadUrl: string | null;
};

export type ReviewEvidence = {
  metrics: { rows: MetricRow[]; parent: ReviewVersionRef | null; base: ReviewVersionRef | null };
  fairness: ReviewFairness[];
  drift: DriftRow[];
  datasets: ReviewDataset[];
  modelCard: { key: ModelCardSectionKey; label: string; status: SectionStatus }[] | null;
  lineage: ReviewAncestor[];
  artifacts: ReviewArtifact[];
};

export type ReviewHeader = {
  id: string;
  status: PromotionStatus;
  fromStage: Stage;
  toStage: Stage;
  justification: string;
  requiredApprovals: number;
  keepPreviousProduction: boolean;
  emergencyOverride: boolean;
  createdAt: Date;
  decidedAt: Date | null;
  ageSeconds: number;
  requestedBy: { id: string; name: string; email: string };
  /** For a PRODUCTION target: the model's other versions in PRODUCTION now (what approval replaces). */
  servingNow: { id: string; version: number }[];
  version: {
    id: string;
    version: number;
    stage: Stage;
    model: { slug: string; name: string; riskTier: RiskTier; team: { name: string } };
    registeredBy: { id: string; name: string };
  };
};

export type ReviewRights = { mayDecide: boolean; whyNot: string | null; mayWithdraw: boolean };

/** A row of a version's promotion history: its Promotions tab, and a review's "other requests". */
export type PromotionHistoryRow = {
  id: string;
  status: PromotionStatus;
  fromStage: Stage;
  toStage: Stage;
  requiredApprovals: number;
  emergencyOverride: boolean;
  createdAt: Date;
  decidedAt: Date | null;
  requestedBy: { name: string; email: string };
  approvals: { approved: number; rejected: number };
  policy: { passed: number; failed: number; enforcedFailed: number; shadowFailed: number };
};

/** Everything the review page shows, as `getPromotionReview` assembles it. */
/** An open erasure request that names the version under review (the subject stays on its own page). */
export type ReviewErasure = { id: string; dueAt: Date; decided: boolean };

export type ReviewData = {
  request: ReviewHeader;
  /** open erasure requests whose data this version was built on */
  openErasures: ReviewErasure[];
  policies: ReviewPolicy[];
  decisions: ReviewDecision[];
  /** approvals given so far */
  approvalsCount: number;
  evidence: ReviewEvidence;
  /** the moment the evidence was read as of: when the request was made */
  evidenceAsOf: Date;
  otherRequests: PromotionHistoryRow[];
  rights: ReviewRights;
};
