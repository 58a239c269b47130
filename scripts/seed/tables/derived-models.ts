/** Models made from other versions without training: a TIES merge of two fine-tunes, and a GGUF quantisation. */
import { EVAL_SETS } from "./fine-tuned-models";
import { mergeCard, quantizedCard } from "./model-cards";
import type { ModelSpec } from "./model-spec";

export const DERIVED_MODELS: ModelSpec[] = [
  {
    slug: "support-contract-merge",
    name: "Support + contract merge",
    kind: "MERGED",
    baseFamily: "llama-3.1",
    description: "TIES merge of the support assistant and the contract review assistant for B2B tickets.",
    license: "llama3.1",
    task: "text-generation",
    riskTier: "LIMITED",
    team: "nlp-platform",
    createdBy: "scientist@demo.local",
    versions: [
      {
        createdDaysAgo: 10,
        finalStage: "DEVELOPMENT",
        parents: [
          { key: "support-assistant-eu@2", relation: "MERGED_FROM" },
          { key: "contract-review-assistant@1", relation: "MERGED_FROM" },
        ],
        datasets: EVAL_SETS,
        hyperparameters: {
          tool: "mergekit 0.1.0",
          merge_method: "ties",
          density: 0.5,
          weights: { "support-assistant-eu@2": 0.6, "contract-review-assistant@1": 0.4 },
          normalize: true,
          dtype: "bfloat16",
        },
        compute: { gpuType: "CPU (64 cores)", gpuCount: 1, gpuHours: 0.7 },
        tags: ["chat", "customer-support", "legal", "merge"],
        card: mergeCard,
      },
    ],
  },
  {
    slug: "support-assistant-eu-gguf",
    name: "Support assistant (EU), GGUF Q4_K_M",
    kind: "QUANTIZED",
    baseFamily: "llama-3.1",
    description: "4-bit GGUF build of the support assistant v2 for on-premises customers.",
    license: "llama3.1",
    task: "text-generation",
    riskTier: "LIMITED",
    team: "nlp-platform",
    createdBy: "scientist@demo.local",
    versions: [
      {
        createdDaysAgo: 80,
        finalStage: "DEVELOPMENT",
        parents: [{ key: "support-assistant-eu@2", relation: "QUANTIZED_FROM" }],
        datasets: EVAL_SETS,
        hyperparameters: {
          tool: "llama.cpp b3600",
          quantization: "Q4_K_M",
          imatrix: "support-tickets-eu@2, 2,000 tickets",
        },
        compute: { gpuType: "NVIDIA L4", gpuCount: 1, gpuHours: 0.4 },
        parameterCount: 8_030_261_248n,
        contextLength: 131_072,
        tags: ["chat", "customer-support", "gguf", "on-prem"],
        card: quantizedCard,
      },
    ],
  },
];
