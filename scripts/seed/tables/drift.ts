/**
 * Monitored inputs of the deployed model lines. A numeric feature has `scale`, its standard deviation in
 * its own unit; a categorical one has `categories` with their usual shares (KS and Wasserstein are null).
 */
export type DriftFeature =
  { name: string; scale: number } | { name: string; categories: Record<string, number> };

const language = { name: "language", categories: { en: 0.46, de: 0.24, fr: 0.16, nl: 0.09, es: 0.05 } };

export const DRIFT_FEATURES: Record<string, DriftFeature[]> = {
  "support-assistant-eu": [
    { name: "message_length_tokens", scale: 85 },
    { name: "customer_tenure_days", scale: 420 },
    language,
    { name: "prediction", scale: 0.18 },
  ],
  "support-intent-lora": [
    { name: "message_length_tokens", scale: 85 },
    language,
    { name: "prediction", scale: 0.2 },
  ],
  "claims-fast-track": [
    { name: "claim_amount_usd", scale: 3200 },
    { name: "policy_age_months", scale: 38 },
    { name: "channel", categories: { web: 0.52, app: 0.31, agent: 0.17 } },
    { name: "prediction", scale: 0.22 },
  ],
  "ticket-summarizer": [
    { name: "thread_length_messages", scale: 6.5 },
    { name: "ticket_age_hours", scale: 30 },
    language,
    { name: "prediction", scale: 14 },
  ],
  "contract-review-assistant": [
    { name: "contract_pages", scale: 18 },
    { name: "question_length_tokens", scale: 22 },
    { name: "contract_type", categories: { msa: 0.38, nda: 0.3, sow: 0.22, dpa: 0.1 } },
    { name: "prediction", scale: 0.15 },
  ],
};

/**
 * A shift that grows over the last weeks, reached on the last day: in standard deviations of a numeric
 * feature (PSI is about the square of the shift: 0.45 sd crosses the 0.2 alert level), or as a tilt of a
 * categorical feature's shares towards its later categories.
 */
export const DRIFT_RAMPS: Record<string, { fromDaysAgo: number; shift: Record<string, number> }> = {
  "support-assistant-eu@2": {
    fromDaysAgo: 24,
    shift: { prediction: 0.52, message_length_tokens: 0.4, language: 0.25 },
  },
};

/** Sample sizes the seed draws: small enough to keep seeding fast, large enough for stable figures. */
export const REFERENCE_SIZE = 1000;
export const CURRENT_SIZE = { weekday: [450, 600], weekend: [300, 400] } as const;
