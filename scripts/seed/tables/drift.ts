/**
 * Monitored inputs of the deployed model lines. `scale` is the feature's standard deviation in its own
 * unit (for the Wasserstein distance); categorical features have no scale (KS and Wasserstein are null).
 */
export type DriftFeature = { name: string; scale?: number };

export const DRIFT_FEATURES: Record<string, DriftFeature[]> = {
  "support-assistant-eu": [
    { name: "message_length_tokens", scale: 85 },
    { name: "customer_tenure_days", scale: 420 },
    { name: "language" },
    { name: "prediction", scale: 0.18 },
  ],
  "support-intent-lora": [
    { name: "message_length_tokens", scale: 85 },
    { name: "language" },
    { name: "prediction", scale: 0.2 },
  ],
  "claims-fast-track": [
    { name: "claim_amount_usd", scale: 3200 },
    { name: "policy_age_months", scale: 38 },
    { name: "channel" },
    { name: "prediction", scale: 0.22 },
  ],
  "ticket-summarizer": [
    { name: "thread_length_messages", scale: 6.5 },
    { name: "ticket_age_hours", scale: 30 },
    { name: "language" },
    { name: "prediction", scale: 14 },
  ],
  "contract-review-assistant": [
    { name: "contract_pages", scale: 18 },
    { name: "question_length_tokens", scale: 22 },
    { name: "contract_type" },
    { name: "prediction", scale: 0.15 },
  ],
};

/**
 * A shift that grows over the last weeks, in standard deviations of the feature, reached on the last
 * day (PSI is about the square of the shift: 0.45 sd crosses the 0.2 alert level).
 */
export const DRIFT_RAMPS: Record<string, { fromDaysAgo: number; shift: Record<string, number> }> = {
  "support-assistant-eu@2": {
    fromDaysAgo: 24,
    shift: { prediction: 0.52, message_length_tokens: 0.4, language: 0.25 },
  },
};

export const REFERENCE_SIZE = 5000;
