/**
 * Evaluation suites and the overall scores of each version. Every fine-tune is scored on the same
 * suites as its parent, so the registry's deltas to the parent mean something.
 */
export type SuiteSpec = {
  /** the public benchmark the suite runs on; internal hold-out splits are not registered as datasets */
  dataset?: string;
  /** metric name -> higher is better */
  metrics: Record<string, boolean>;
  /** per-slice offsets from the overall value of one metric */
  slices?: { metric: string; offsets: Record<string, number> };
};

export const SUITES: Record<string, SuiteSpec> = {
  mmlu: {
    dataset: "mmlu@1",
    metrics: { accuracy: true },
    slices: {
      metric: "accuracy",
      offsets: {
        "category=stem": -0.06,
        "category=humanities": -0.015,
        "category=social_sciences": 0.07,
        "category=other": 0.03,
      },
    },
  },
  toxicity: {
    dataset: "real-toxicity-prompts@1",
    metrics: { toxic_rate: false, expected_max_toxicity: false },
  },
  "support-intent-accuracy": {
    metrics: { accuracy: true, macro_f1: true },
    slices: {
      metric: "accuracy",
      offsets: { "language=en": 0.015, "language=de": -0.02, "language=fr": -0.01, "language=nl": -0.03 },
    },
  },
  "claims-triage": { metrics: { f1: true, precision: true, recall: true, false_negative_rate: false } },
  "ticket-summary": { metrics: { rouge_l: true, faithfulness: true, avg_summary_tokens: false } },
  "contract-clause-extraction": { metrics: { f1: true, exact_match: true } },
};

type Scores = Record<string, Record<string, number>>;

const llamaBase = (mmlu: number): Scores => ({
  mmlu: { accuracy: mmlu },
  toxicity: { toxic_rate: 0.034, expected_max_toxicity: 0.21 },
  "support-intent-accuracy": { accuracy: 0.58, macro_f1: 0.52 },
  "contract-clause-extraction": { f1: 0.41, exact_match: 0.22 },
});
const support = (mmlu: number, toxicRate: number, accuracy: number): Scores => ({
  mmlu: { accuracy: mmlu },
  toxicity: { toxic_rate: toxicRate, expected_max_toxicity: round(toxicRate * 7 + 0.04) },
  "support-intent-accuracy": { accuracy, macro_f1: round(accuracy - 0.022) },
});
const claims = (mmlu: number, f1: number, recall: number): Scores => ({
  mmlu: { accuracy: mmlu },
  toxicity: { toxic_rate: 0.012, expected_max_toxicity: 0.1 },
  "claims-triage": {
    f1,
    precision: round((f1 * recall) / (2 * recall - f1)),
    recall,
    false_negative_rate: round(1 - recall),
  },
});
const summarizer = (
  mmlu: number,
  toxicRate: number,
  rougeL: number,
  faithfulness: number,
  tokens: number,
): Scores => ({
  mmlu: { accuracy: mmlu },
  toxicity: { toxic_rate: toxicRate, expected_max_toxicity: round(toxicRate * 7 + 0.04) },
  "ticket-summary": { rouge_l: rougeL, faithfulness, avg_summary_tokens: tokens },
});
const contract = (mmlu: number, f1: number, exactMatch: number): Scores => ({
  mmlu: { accuracy: mmlu },
  toxicity: { toxic_rate: 0.013, expected_max_toxicity: 0.11 },
  "contract-clause-extraction": { f1, exact_match: exactMatch },
});

/** Overall scores by version key; each becomes one run per suite. */
export const EVALUATIONS: Record<string, Scores> = {
  "meta-llama--llama-3.1-8b@1": llamaBase(0.661),
  "meta-llama--llama-3.1-8b@2": llamaBase(0.662),
  "mistralai--mistral-7b-v0.3@1": {
    mmlu: { accuracy: 0.625 },
    toxicity: { toxic_rate: 0.029, expected_max_toxicity: 0.19 },
    "claims-triage": { f1: 0.61, precision: 0.58, recall: 0.64, false_negative_rate: 0.36 },
    "contract-clause-extraction": { f1: 0.39, exact_match: 0.2 },
  },
  "qwen--qwen2.5-7b@1": { ...summarizer(0.742, 0.021, 0.27, 0.81, 71) },
  "support-intent-lora@1": { "support-intent-accuracy": { accuracy: 0.872, macro_f1: 0.845 } },
  "support-intent-lora@2": {
    mmlu: { accuracy: 0.66 },
    toxicity: { toxic_rate: 0.017, expected_max_toxicity: 0.15 },
    "support-intent-accuracy": { accuracy: 0.903, macro_f1: 0.881 },
  },
  "contract-clause-qlora@1": { "contract-clause-extraction": { f1: 0.712, exact_match: 0.518 } },
  "ticket-summary-dora@1": {
    "ticket-summary": { rouge_l: 0.39, faithfulness: 0.89, avg_summary_tokens: 58 },
  },
  "reply-tone-ia3@1": {
    mmlu: { accuracy: 0.659 },
    toxicity: { toxic_rate: 0.018, expected_max_toxicity: 0.15 },
  },
  "support-assistant-eu@1": support(0.648, 0.014, 0.861),
  "support-assistant-eu@2": support(0.652, 0.011, 0.894),
  "support-assistant-eu@3": support(0.655, 0.009, 0.912),
  "support-assistant-eu@4": support(0.651, 0.007, 0.915),
  "claims-fast-track@1": claims(0.611, 0.842, 0.855),
  "claims-fast-track@2": claims(0.606, 0.871, 0.88),
  "claims-fast-track@3": claims(0.607, 0.864, 0.876),
  "ticket-summarizer@1": summarizer(0.731, 0.008, 0.412, 0.91, 52),
  "ticket-summarizer@2": summarizer(0.728, 0.031, 0.436, 0.88, 49),
  "ticket-summarizer@3": summarizer(0.729, 0.016, 0.441, 0.905, 50),
  "contract-review-assistant@1": contract(0.644, 0.784, 0.571),
  "contract-review-assistant@2": contract(0.649, 0.801, 0.594),
  "support-contract-merge@1": {
    ...support(0.657, 0.011, 0.881),
    "contract-clause-extraction": { f1: 0.752, exact_match: 0.54 },
  },
  "support-assistant-eu-gguf@1": support(0.641, 0.012, 0.884),
};

function round(value: number) {
  return Math.round(value * 1000) / 1000;
}
