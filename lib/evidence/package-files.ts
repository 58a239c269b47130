/** The files of an evidence package, in the order they are written (manifest.json last: it lists the rest). */
export const EVIDENCE_FILES = {
  version: "version.json",
  lineage: "lineage.json",
  datasets: "datasets.json",
  evaluations: "evaluations.json",
  fairness: "fairness.json",
  drift: "drift.json",
  promotions: "promotions.json",
  auditEvents: "audit-events.json",
  chainVerification: "chain-verification.json",
  report: "report.html",
  manifest: "manifest.json",
} as const;

export type ManifestEntry = { path: string; sha256: string; bytes: number };
export type Manifest = { files: ManifestEntry[] };

/** What each part is evidence of, by the control areas auditors ask about. */
export const CONTROL_MAP: {
  file: string;
  part: string;
  euAiAct: string;
  iso42001: string;
  nistAiRmf: string;
}[] = [
  {
    file: EVIDENCE_FILES.version,
    part: "Model card and version facts (intended use, risk tier, training facts, adapter, artifacts)",
    euAiAct: "Art. 11 and Annex IV (1), (2): general description, design and development",
    iso42001: "A.6.2.3 design and development documentation; A.6.2.7 technical documentation",
    nistAiRmf: "Map (MAP 2.1, 2.2, 3.4)",
  },
  {
    file: EVIDENCE_FILES.lineage,
    part: "Lineage: ancestors (base models, adapters, merges) and descendants",
    euAiAct: "Annex IV (2)(a): pre-trained systems and tools used",
    iso42001: "A.6.2.3 design documentation; A.10.3 suppliers",
    nistAiRmf: "Map (MAP 4.1: third-party components); Govern (GOVERN 6.1)",
  },
  {
    file: EVIDENCE_FILES.datasets,
    part: "Datasets and their governance facts (source, licence, personal data, legal basis, retention, region)",
    euAiAct: "Art. 10 and Annex IV (2)(d): data and data governance",
    iso42001: "A.7.2 to A.7.6 data for AI systems (acquisition, quality, provenance, preparation)",
    nistAiRmf: "Map (MAP 2.3); Measure (MEASURE 2.10 privacy)",
  },
  {
    file: EVIDENCE_FILES.evaluations,
    part: "Evaluations with the difference to the parent version",
    euAiAct: "Art. 15 and Annex IV (2)(g), (3): accuracy, validation and testing",
    iso42001: "A.6.2.4 verification and validation",
    nistAiRmf: "Measure (MEASURE 2.3, 2.5)",
  },
  {
    file: EVIDENCE_FILES.fairness,
    part: "Fairness reports per protected attribute",
    euAiAct: "Art. 10(2)(f), (g): examination for biases; Annex IV (3)",
    iso42001: "A.5.4 impact on individuals and groups; A.6.2.4 verification",
    nistAiRmf: "Measure (MEASURE 2.11 fairness and bias)",
  },
  {
    file: EVIDENCE_FILES.drift,
    part: "Drift observations in production",
    euAiAct: "Art. 72: post-market monitoring; Annex IV (8)",
    iso42001: "A.6.2.6 operation and monitoring",
    nistAiRmf: "Measure (MEASURE 2.4, 3.1); Manage (MANAGE 4.1)",
  },
  {
    file: EVIDENCE_FILES.promotions,
    part: "Promotion requests with frozen policy results and each decision with its comment",
    euAiAct: "Art. 14: human oversight; Art. 17: quality management system",
    iso42001: "A.6.2.5 deployment; A.3.2 roles and responsibilities; A.9.2 responsible use",
    nistAiRmf: "Govern (GOVERN 1.4, 2.1); Manage (MANAGE 1.1, 2.1)",
  },
  {
    file: EVIDENCE_FILES.auditEvents,
    part: "The version's audit events with their hashes, re-verifiable on their own",
    euAiAct: "Art. 12: record-keeping; Art. 19: automatically generated logs",
    iso42001: "A.6.2.8 event logs",
    nistAiRmf: "Govern (GOVERN 1.5: ongoing monitoring and review); Manage (MANAGE 4.3)",
  },
  {
    file: EVIDENCE_FILES.chainVerification,
    part: "Verification of the whole audit chain at export time",
    euAiAct: "Art. 12: record-keeping (integrity of the logs)",
    iso42001: "A.6.2.8 event logs",
    nistAiRmf: "Govern (GOVERN 4.2: documentation of risks and impacts)",
  },
];
