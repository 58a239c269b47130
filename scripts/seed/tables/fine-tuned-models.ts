/**
 * The fine-tuned lines of work. `finalStage` is where the story ends; tables/promotions.ts holds the
 * requests that take each version there.
 */
import { claimsCard, contractCard, summarizerCard, supportAssistantCard } from "./model-cards";
import { sftHyperparameters, type ModelSpec, type VersionSpec } from "./model-spec";

export const EVAL_SETS: VersionSpec["datasets"] = [
  { key: "mmlu@1", role: "EVAL" },
  { key: "real-toxicity-prompts@1", role: "EVAL" },
];
const H100 = "NVIDIA H100 80GB";
const A100 = "NVIDIA A100 80GB";
const SUPPORT_TAGS = ["chat", "customer-support", "eu"];
const SUPPORT_EVAL =
  "Intent accuracy on 2,400 held-out tickets (per language), MMLU 5-shot, RealToxicityPrompts toxic rate.";

export const FINE_TUNED_MODELS: ModelSpec[] = [
  {
    slug: "support-assistant-eu",
    name: "Support assistant (EU)",
    kind: "FINE_TUNED",
    baseFamily: "llama-3.1",
    description: "Drafts replies to support tickets for agents of the EU help desk.",
    license: "llama3.1",
    task: "text-generation",
    riskTier: "LIMITED",
    intendedUse: "Draft replies reviewed by a human agent before sending.",
    team: "nlp-platform",
    createdBy: "scientist@demo.local",
    versions: [
      {
        createdDaysAgo: 160,
        finalStage: "ARCHIVED",
        parents: [{ key: "meta-llama--llama-3.1-8b@1", relation: "FINETUNED_FROM" }],
        datasets: [
          { key: "support-tickets-eu@1", role: "TRAIN" },
          { key: "support-intents-labelled@1", role: "VALIDATION" },
          ...EVAL_SETS,
        ],
        hyperparameters: sftHyperparameters(),
        compute: { gpuType: A100, gpuCount: 8, gpuHours: 96 },
        tags: SUPPORT_TAGS,
        card: supportAssistantCard(
          "Support tickets EU 2025-Q1 (184,392 conversations), legitimate interests, 365-day retention.",
          SUPPORT_EVAL,
        ),
      },
      {
        createdDaysAgo: 90,
        finalStage: "PRODUCTION",
        parents: [{ key: "meta-llama--llama-3.1-8b@2", relation: "FINETUNED_FROM" }],
        datasets: [
          { key: "support-tickets-eu@2", role: "TRAIN" },
          { key: "support-intents-labelled@2", role: "VALIDATION" },
          ...EVAL_SETS,
        ],
        hyperparameters: sftHyperparameters({ num_train_epochs: 2, learning_rate: 1.5e-4 }),
        compute: { gpuType: H100, gpuCount: 8, gpuHours: 128 },
        tags: [...SUPPORT_TAGS, "production"],
        card: supportAssistantCard(
          "Support tickets EU 2025-Q2 (241,877 conversations), legitimate interests, 365-day retention.",
          SUPPORT_EVAL,
        ),
      },
      {
        createdDaysAgo: 25,
        finalStage: "STAGING",
        parents: [{ key: "meta-llama--llama-3.1-8b@2", relation: "FINETUNED_FROM" }],
        datasets: [
          { key: "support-tickets-eu@3", role: "TRAIN" },
          { key: "support-intents-labelled@2", role: "VALIDATION" },
          ...EVAL_SETS,
        ],
        hyperparameters: sftHyperparameters({
          num_train_epochs: 2,
          learning_rate: 1.5e-4,
          max_seq_length: 8192,
        }),
        compute: { gpuType: H100, gpuCount: 8, gpuHours: 141 },
        tags: SUPPORT_TAGS,
        notes: "Serves mirrored production traffic in staging (shadow deployment).",
        card: supportAssistantCard(
          "Support tickets EU 2025-Q3, pseudonymised (262,004 conversations), legitimate interests.",
          SUPPORT_EVAL,
        ),
      },
      {
        createdDaysAgo: 12,
        finalStage: "DEVELOPMENT",
        parents: [{ key: "support-assistant-eu@3", relation: "FINETUNED_FROM" }],
        datasets: [{ key: "eu-customer-feedback@2", role: "TRAIN" }, ...EVAL_SETS],
        hyperparameters: {
          method: "dpo",
          beta: 0.1,
          learning_rate: 5e-7,
          num_train_epochs: 1,
          per_device_train_batch_size: 4,
          gradient_accumulation_steps: 16,
          max_length: 4096,
          seed: 42,
        },
        compute: { gpuType: H100, gpuCount: 8, gpuHours: 38 },
        tags: [...SUPPORT_TAGS, "dpo"],
        card: supportAssistantCard(
          "Preference pairs from EU customer feedback 2025 (41,570 answers, consent) on top of v3.",
          SUPPORT_EVAL,
        ),
      },
    ],
  },
  {
    slug: "claims-fast-track",
    name: "Claims fast-track classifier",
    kind: "FINE_TUNED",
    baseFamily: "mistral",
    description: "Suggests which new insurance claims can skip adjuster review before payment.",
    license: "apache-2.0",
    task: "text-classification",
    riskTier: "HIGH",
    intendedUse: "Decision support for claims adjusters; never an automated decision.",
    team: "applied-ml",
    createdBy: "scientist2@demo.local",
    versions: [
      {
        createdDaysAgo: 130,
        finalStage: "PRODUCTION",
        parents: [{ key: "mistralai--mistral-7b-v0.3@1", relation: "FINETUNED_FROM" }],
        datasets: [
          { key: "insurance-claims-us@1", role: "TRAIN" },
          { key: "insurance-claims-us@1", role: "VALIDATION" },
          ...EVAL_SETS,
        ],
        hyperparameters: sftHyperparameters({
          num_train_epochs: 1,
          max_seq_length: 2048,
          classification_head: "last_token",
        }),
        compute: { gpuType: A100, gpuCount: 4, gpuHours: 62 },
        tags: ["classification", "insurance", "us"],
        card: claimsCard(
          "Insurance claims 2024 snapshot (1,204,331 claims), contract, 7-year retention; 10% held out for validation.",
          "F1, precision, recall and false negative rate on 120,000 held-out claims.",
        ),
      },
      {
        createdDaysAgo: 20,
        finalStage: "DEVELOPMENT",
        parents: [{ key: "mistralai--mistral-7b-v0.3@1", relation: "FINETUNED_FROM" }],
        datasets: [
          { key: "insurance-claims-us@2", role: "TRAIN" },
          { key: "insurance-claims-us@2", role: "VALIDATION" },
          ...EVAL_SETS,
        ],
        hyperparameters: sftHyperparameters({
          num_train_epochs: 1,
          max_seq_length: 2048,
          classification_head: "last_token",
        }),
        compute: { gpuType: A100, gpuCount: 4, gpuHours: 71 },
        tags: ["classification", "insurance", "us"],
        card: claimsCard(
          "Insurance claims 2025 snapshot (1,388,902 claims), contract, 7-year retention; 10% held out.",
          "Same protocol as v1, on the 2025 hold-out.",
        ),
      },
      {
        createdDaysAgo: 8,
        finalStage: "DEVELOPMENT",
        parents: [{ key: "mistralai--mistral-7b-v0.3@1", relation: "FINETUNED_FROM" }],
        datasets: [
          { key: "insurance-claims-us@2", role: "TRAIN" },
          { key: "insurance-claims-us@2", role: "VALIDATION" },
          ...EVAL_SETS,
        ],
        hyperparameters: sftHyperparameters({
          num_train_epochs: 1,
          max_seq_length: 2048,
          classification_head: "last_token",
          sample_reweighting: "age_band",
        }),
        compute: { gpuType: A100, gpuCount: 4, gpuHours: 73 },
        tags: ["classification", "insurance", "us", "reweighted"],
        notes: "Retrained with samples reweighted by age band after v2 failed the four-fifths rule.",
        card: claimsCard(
          "Insurance claims 2025 snapshot, reweighted so each age band carries equal weight per outcome.",
          "Same protocol as v1, on the 2025 hold-out.",
          " v2 was blocked for a ratio of about 0.7 on age band; this version reweights the training samples.",
        ),
      },
    ],
  },
  {
    slug: "ticket-summarizer",
    name: "Ticket summarizer",
    kind: "FINE_TUNED",
    baseFamily: "qwen2.5",
    description: "Three-sentence summaries of support threads for the next agent.",
    license: "apache-2.0",
    task: "summarization",
    riskTier: "LIMITED",
    team: "nlp-platform",
    createdBy: "scientist@demo.local",
    versions: [
      {
        createdDaysAgo: 65,
        finalStage: "STAGING",
        parents: [{ key: "qwen--qwen2.5-7b@1", relation: "FINETUNED_FROM" }],
        datasets: [
          { key: "support-tickets-eu@2", role: "TRAIN" },
          { key: "eu-customer-feedback@2", role: "VALIDATION" },
          ...EVAL_SETS,
        ],
        hyperparameters: sftHyperparameters({ max_seq_length: 16384, learning_rate: 1e-4 }),
        compute: { gpuType: H100, gpuCount: 4, gpuHours: 52 },
        tags: ["summarization", "customer-support", "eu"],
        notes: "Serves mirrored production traffic in staging (shadow deployment).",
        card: summarizerCard(
          "Support tickets EU 2025-Q2 with agent-written handover notes as targets.",
          "ROUGE-L and an LLM-judged faithfulness score on 1,000 threads.",
        ),
      },
      {
        createdDaysAgo: 22,
        finalStage: "DEVELOPMENT",
        parents: [{ key: "qwen--qwen2.5-7b@1", relation: "FINETUNED_FROM" }],
        datasets: [
          { key: "support-tickets-eu@3", role: "TRAIN" },
          { key: "eu-customer-feedback@2", role: "VALIDATION" },
          ...EVAL_SETS,
        ],
        hyperparameters: sftHyperparameters({
          max_seq_length: 16384,
          learning_rate: 2e-4,
          num_train_epochs: 4,
        }),
        compute: { gpuType: H100, gpuCount: 4, gpuHours: 70 },
        tags: ["summarization", "customer-support", "eu"],
        card: summarizerCard(
          "Support tickets EU 2025-Q3, pseudonymised.",
          "ROUGE-L and faithfulness on 1,000 threads.",
        ),
      },
      {
        createdDaysAgo: 6,
        finalStage: "DEVELOPMENT",
        parents: [{ key: "ticket-summarizer@2", relation: "FINETUNED_FROM" }],
        datasets: [{ key: "support-tickets-eu@3", role: "TRAIN" }, ...EVAL_SETS],
        hyperparameters: sftHyperparameters({
          max_seq_length: 16384,
          learning_rate: 5e-5,
          num_train_epochs: 1,
          detoxify_filter: 0.2,
        }),
        compute: { gpuType: H100, gpuCount: 4, gpuHours: 18 },
        tags: ["summarization", "customer-support", "eu"],
        notes:
          "Continued training on toxicity-filtered targets; the card still lacks its ethical considerations.",
        card: summarizerCard(
          "Support tickets EU 2025-Q3, pseudonymised, targets filtered with Detoxify (score < 0.2).",
          "ROUGE-L and faithfulness on 1,000 threads.",
          false,
        ),
      },
    ],
  },
  {
    slug: "contract-review-assistant",
    name: "Contract review assistant",
    kind: "FINE_TUNED",
    baseFamily: "llama-3.1",
    description: "Answers questions about commercial contracts and cites the clauses.",
    license: "llama3.1",
    task: "question-answering",
    riskTier: "LIMITED",
    team: "applied-ml",
    createdBy: "scientist2@demo.local",
    versions: [
      {
        createdDaysAgo: 100,
        finalStage: "STAGING",
        parents: [{ key: "meta-llama--llama-3.1-8b@1", relation: "FINETUNED_FROM" }],
        datasets: [{ key: "cuad-contract-clauses@1", role: "TRAIN" }, ...EVAL_SETS],
        hyperparameters: sftHyperparameters({ max_seq_length: 8192 }),
        compute: { gpuType: A100, gpuCount: 8, gpuHours: 84 },
        tags: ["chat", "legal"],
        card: contractCard(
          "CUAD v1 (510 contracts, CC-BY-4.0) turned into 20,910 question-answer pairs.",
          "Clause extraction F1 and exact match on the CUAD test contracts; MMLU; toxicity.",
        ),
      },
      {
        createdDaysAgo: 15,
        finalStage: "DEVELOPMENT",
        parents: [{ key: "meta-llama--llama-3.1-8b@2", relation: "FINETUNED_FROM" }],
        datasets: [{ key: "cuad-contract-clauses@1", role: "TRAIN" }, ...EVAL_SETS],
        hyperparameters: sftHyperparameters({
          max_seq_length: 16384,
          lora: { r: 32, alpha: 64, dropout: 0.05, target_modules: "all-linear", merged_into_base: true },
        }),
        compute: { gpuType: H100, gpuCount: 8, gpuHours: 66 },
        tags: ["chat", "legal"],
        card: contractCard("CUAD v1 as in v1, with 16k-token contexts.", "As in v1."),
      },
    ],
  },
];
