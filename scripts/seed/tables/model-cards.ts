/** Model card text of the demo fine-tunes, one builder per model line; versions differ in their data. */
import type { ModelCardSectionKey } from "@/lib/formats/model-card-sections";

type Card = Partial<Record<ModelCardSectionKey, string>>;

export const supportAssistantCard = (trainingData: string, evaluation: string): Card => ({
  intendedUse:
    "Drafts first replies to customer support tickets for human agents in the EU help desk. An agent reviews and edits every draft before it is sent.",
  limitations:
    "Trained on English, German, French and Dutch tickets only; quality drops on other languages and on billing disputes older than twelve months. It may state policies that changed after the training data was exported.",
  trainingData: trainingData,
  evaluation,
  ethicalConsiderations:
    "Customers are told that replies are drafted with AI assistance. Drafts must never be sent unreviewed; escalation suggestions are monitored for parity across languages.",
});

export const claimsCard = (trainingData: string, evaluation: string, extraEthics = ""): Card => ({
  intendedUse:
    "Suggests whether a new insurance claim can take the fast track (no adjuster review before payment). It only ever suggests: an adjuster confirms every fast-track decision.",
  limitations:
    "Not validated for commercial policies or claims above USD 25,000. Performance is lower for claims filed by phone, where the first notice of loss is transcribed.",
  trainingData: trainingData,
  evaluation,
  ethicalConsiderations: `High-risk use (insurance): selection rates are monitored per age band and region, and a disparate impact ratio below 0.8 blocks promotion.${extraEthics}`,
});

export const summarizerCard = (trainingData: string, evaluation: string, withEthics = true): Card => ({
  intendedUse:
    "Summarises a support ticket thread in at most three sentences for the agent who picks it up next.",
  limitations:
    "Summaries of threads longer than 40 messages omit early context. Not intended for customer-facing text.",
  trainingData: trainingData,
  evaluation,
  ...(withEthics
    ? {
        ethicalConsiderations:
          "Summaries can drop a customer's stated vulnerability (illness, bereavement); agents are trained to read the thread when flagged.",
      }
    : {}),
});

export const contractCard = (trainingData: string, evaluation: string): Card => ({
  intendedUse:
    "Answers questions about commercial contracts and points to the clauses it relied on, for the in-house legal team.",
  limitations:
    "Not legal advice. Trained on US commercial contracts; clause types of other jurisdictions are recognised less reliably.",
  trainingData: trainingData,
  evaluation,
  ethicalConsiderations:
    "Lawyers remain accountable for every answer; the assistant cites clause text so each answer can be checked.",
});

export const mergeCard: Card = {
  intendedUse:
    "Experimental merge giving the support assistant the contract assistant's clause knowledge, for B2B support tickets.",
  limitations:
    "A TIES merge without further training: both parents' limitations apply, and contract answers are weaker than the contract assistant's.",
  trainingData:
    "No new training data: the parents' data (support tickets EU 2025-Q2, CUAD v1) applies through lineage.",
  evaluation:
    "Evaluated on the suites of both parents: MMLU, toxicity, support intent accuracy and contract clause extraction.",
  ethicalConsiderations:
    "Same safeguards as the support assistant: drafts are reviewed by an agent before they are sent.",
};

export const quantizedCard: Card = {
  intendedUse: "The support assistant v2 in 4-bit GGUF for on-premises customers who run llama.cpp.",
  limitations:
    "Q4_K_M quantisation costs about one point of MMLU and of intent accuracy compared with the bf16 parent.",
  trainingData:
    "None: quantised from support-assistant-eu v2, with an importance matrix computed on 2,000 tickets of support tickets EU 2025-Q2.",
  evaluation: "Same suites as the parent; differences are shown as deltas to support-assistant-eu v2.",
  ethicalConsiderations:
    "Runs outside our monitoring: on-premises customers receive the model card and the drift checklist with the weights.",
};

export const adapterCard = (intendedUse: string, trainingData: string, evaluation: string): Card => ({
  intendedUse: intendedUse,
  limitations:
    "Only valid on the base version it was trained on; loading it on another revision silently degrades quality.",
  trainingData: trainingData,
  evaluation,
  ethicalConsiderations:
    "Inherits the base model's known biases; outputs are reviewed by people before they reach customers.",
});
