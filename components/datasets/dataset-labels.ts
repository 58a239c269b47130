import type { DatasetRole, LegalBasis } from "@/generated/prisma/enums";

/** GDPR Article 6(1) bases, as people say them. */
export const LEGAL_BASIS_LABELS: Record<LegalBasis, string> = {
  CONSENT: "Consent",
  CONTRACT: "Contract",
  LEGAL_OBLIGATION: "Legal obligation",
  VITAL_INTERESTS: "Vital interests",
  PUBLIC_TASK: "Public task",
  LEGITIMATE_INTERESTS: "Legitimate interests",
};

export const DATASET_ROLE_LABELS: Record<DatasetRole, string> = {
  TRAIN: "Training",
  VALIDATION: "Validation",
  EVAL: "Evaluation",
};
