/**
 * How the synthetic predictions behind each fairness report are drawn: per group, how many rows, how
 * often y_true is 1, and the true and false positive rates of the model there. The reports themselves
 * are computed from the drawn rows by lib/metrics/fairness.ts, as the server would.
 */
export type GroupSpec = { group: string; n: number; prevalence: number; tpr: number; fpr: number };
export type FairnessSpec = { version: string; attribute: string; groups: GroupSpec[] };

// Support models: y_pred = 1 when the draft suggests escalating to a human.
const languages = (drift: { de?: number; nl?: number } = {}): GroupSpec[] => [
  { group: "en", n: 4800, prevalence: 0.22, tpr: 0.86, fpr: 0.05 },
  { group: "de", n: 3600, prevalence: 0.22, tpr: 0.84 + (drift.de ?? 0), fpr: 0.05 },
  { group: "fr", n: 2400, prevalence: 0.23, tpr: 0.85, fpr: 0.05 },
  { group: "nl", n: 1800, prevalence: 0.21, tpr: 0.82 + (drift.nl ?? 0), fpr: 0.06 },
];

// Claims: y_pred = 1 when the claim is suggested for the fast track.
const ageBands = (older: { tpr: number; fpr: number }): GroupSpec[] => [
  { group: "18-29", n: 1800, prevalence: 0.45, tpr: 0.86, fpr: 0.08 },
  { group: "30-44", n: 3200, prevalence: 0.45, tpr: 0.85, fpr: 0.08 },
  { group: "45-59", n: 2800, prevalence: 0.45, tpr: 0.84, fpr: 0.08 },
  { group: "60+", n: 2200, prevalence: 0.45, ...older },
];
const usRegions: GroupSpec[] = [
  { group: "northeast", n: 2400, prevalence: 0.45, tpr: 0.85, fpr: 0.08 },
  { group: "midwest", n: 2200, prevalence: 0.46, tpr: 0.84, fpr: 0.08 },
  { group: "south", n: 3400, prevalence: 0.44, tpr: 0.85, fpr: 0.075 },
  { group: "west", n: 2000, prevalence: 0.45, tpr: 0.86, fpr: 0.08 },
];

// Summaries and contracts: y_pred = 1 when the output flags the item as urgent or risky.
const jurisdictions: GroupSpec[] = [
  { group: "US", n: 4000, prevalence: 0.3, tpr: 0.8, fpr: 0.07 },
  { group: "UK", n: 1800, prevalence: 0.3, tpr: 0.77, fpr: 0.07 },
  { group: "EU", n: 1400, prevalence: 0.31, tpr: 0.74, fpr: 0.08 },
];

// Summaries flagged urgent by customer tier: enterprise threads are flagged far more often. Within the
// four-fifths rule (staging) but a parity gap above 0.1, so production's enforced parity bound blocks it.
const customerTiers: GroupSpec[] = [
  { group: "enterprise", n: 3000, prevalence: 0.7, tpr: 0.95, fpr: 0.5 },
  { group: "smb", n: 3000, prevalence: 0.6, tpr: 0.9, fpr: 0.35 },
];

export const FAIRNESS: FairnessSpec[] = [
  { version: "support-assistant-eu@1", attribute: "language", groups: languages({ nl: -0.04 }) },
  { version: "support-assistant-eu@2", attribute: "language", groups: languages() },
  { version: "support-assistant-eu@3", attribute: "language", groups: languages({ de: 0.01, nl: 0.02 }) },
  { version: "support-assistant-eu@4", attribute: "language", groups: languages({ de: 0.01, nl: 0.02 }) },
  { version: "support-intent-lora@2", attribute: "language", groups: languages({ nl: -0.02 }) },
  { version: "support-contract-merge@1", attribute: "language", groups: languages({ nl: -0.03 }) },
  { version: "claims-fast-track@1", attribute: "age_band", groups: ageBands({ tpr: 0.8, fpr: 0.07 }) },
  { version: "claims-fast-track@1", attribute: "region", groups: usRegions },
  // v2 learned from a 2025 snapshot with few older claimants: the 60+ band is fast-tracked far less often.
  { version: "claims-fast-track@2", attribute: "age_band", groups: ageBands({ tpr: 0.6, fpr: 0.045 }) },
  { version: "claims-fast-track@2", attribute: "region", groups: usRegions },
  { version: "claims-fast-track@3", attribute: "age_band", groups: ageBands({ tpr: 0.82, fpr: 0.075 }) },
  { version: "claims-fast-track@3", attribute: "region", groups: usRegions },
  { version: "ticket-summarizer@1", attribute: "language", groups: languages() },
  { version: "ticket-summarizer@1", attribute: "customer_tier", groups: customerTiers },
  { version: "ticket-summarizer@2", attribute: "language", groups: languages({ de: -0.02 }) },
  { version: "ticket-summarizer@3", attribute: "language", groups: languages() },
  { version: "contract-review-assistant@1", attribute: "jurisdiction", groups: jurisdictions },
  { version: "contract-review-assistant@2", attribute: "jurisdiction", groups: jurisdictions },
];
