/**
 * Evidence as literals, for the policy engine's unit tests: a version with nothing measured unless a
 * test says otherwise, so each test shows exactly the evidence its verdict rests on.
 */
import type { Evidence, EvidenceDataset, EvidenceFairness, EvidenceMetric } from "@/lib/policy/evidence";
import { evaluatePolicy } from "@/lib/policy/evaluate";
import { ruleSchema, type RuleResult } from "@/lib/policy/rules";

const when = new Date("2025-06-01T00:00:00Z");

export function buildEvidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    version: { id: "version-2", label: "Support LoRA v2", stage: "STAGING", riskTier: "LIMITED" },
    parent: null,
    metrics: [],
    fairness: [],
    drift: [],
    artifacts: [],
    modelCard: null,
    datasets: [],
    ...overrides,
  };
}

export const metric = (
  suite: string,
  name: string,
  value: number,
  higherIsBetter = true,
): EvidenceMetric => ({
  suite,
  metric: name,
  value,
  higherIsBetter,
  runId: `run-${suite}`,
  recordedAt: when,
});

export const parentWith = (...metrics: EvidenceMetric[]): Evidence["parent"] => ({
  id: "version-1",
  label: "Support LoRA v1",
  metrics,
});

export const fairness = (
  attribute: string,
  values: { dpd?: number; dir?: number | null; eod?: number | null },
): EvidenceFairness => ({
  attribute,
  demographicParityDifference: values.dpd ?? 0,
  disparateImpactRatio: values.dir === undefined ? 1 : values.dir,
  equalizedOddsDifference: values.eod === undefined ? 0 : values.eod,
  reportId: `report-${attribute}`,
  recordedAt: when,
});

export const drift = (feature: string, metric: string, value: number | null) => ({
  feature,
  metric,
  value,
  windowStart: new Date("2025-05-25T00:00:00Z"),
  windowEnd: when,
});

export const dataset = (label: string, overrides: Partial<EvidenceDataset> = {}): EvidenceDataset => ({
  datasetVersionId: `dsv-${label}`,
  label,
  license: "CC-BY-4.0",
  containsPersonalData: false,
  legalBasis: null,
  role: "TRAIN",
  via: "direct",
  ...overrides,
});

/** One rule (validated as a policy form would) judged alone. */
export function judge(rule: Record<string, unknown>, evidence: Evidence): RuleResult {
  const parsed = ruleSchema.parse({ id: "rule", ...rule });
  return evaluatePolicy({ mode: "ENFORCE", rules: [parsed] }, evidence).results[0]!;
}
