/** Demo datasets: internal data with personal data (and its legal basis), public benchmarks without. */
import type { LegalBasis } from "@/generated/prisma/client";
import type { DemoEmail } from "../seed-context";

export type DatasetVersionSpec = {
  label: string;
  rowCount: bigint;
  createdDaysAgo: number;
  personal?: { categories: string[]; legalBasis: LegalBasis; retentionDays: number };
  region?: string;
};

export type DatasetSpec = {
  slug: string;
  name: string;
  source: string;
  license: string;
  description: string;
  team: string;
  createdBy: DemoEmail;
  versions: DatasetVersionSpec[];
};

const supportTickets: DatasetVersionSpec["personal"] = {
  categories: ["contact details", "support transcripts"],
  legalBasis: "LEGITIMATE_INTERESTS",
  retentionDays: 365,
};

export const DATASETS: DatasetSpec[] = [
  {
    slug: "support-tickets-eu",
    name: "Support tickets (EU tenants)",
    source: "Zendesk export, EU tenants, de-duplicated",
    license: "proprietary",
    description:
      "Customer support conversations with their resolution codes, exported quarterly from the EU help desk.",
    team: "nlp-platform",
    createdBy: "scientist@demo.local",
    versions: [
      { label: "2025-Q1", rowCount: 184_392n, createdDaysAgo: 210, personal: supportTickets, region: "EU" },
      { label: "2025-Q2", rowCount: 241_877n, createdDaysAgo: 120, personal: supportTickets, region: "EU" },
      {
        label: "2025-Q3, pseudonymised",
        rowCount: 262_004n,
        createdDaysAgo: 45,
        personal: {
          categories: ["support transcripts (pseudonymised)"],
          legalBasis: "LEGITIMATE_INTERESTS",
          retentionDays: 365,
        },
        region: "EU",
      },
    ],
  },
  {
    slug: "support-intents-labelled",
    name: "Support intents, labelled",
    source: "Internal annotation in Label Studio (two annotators, adjudicated)",
    license: "proprietary",
    description:
      "Ticket openings labelled with one of 27 intents; names, e-mails and order numbers removed before annotation.",
    team: "nlp-platform",
    createdBy: "scientist@demo.local",
    versions: [
      { label: "v1, 27 intents", rowCount: 12_480n, createdDaysAgo: 200 },
      { label: "v2, relabelled billing intents", rowCount: 18_950n, createdDaysAgo: 100 },
    ],
  },
  {
    slug: "eu-customer-feedback",
    name: "EU customer feedback surveys",
    source: "Post-resolution survey (Typeform), free-text answers",
    license: "proprietary",
    description: "Free-text survey answers used to learn the tone and length customers prefer in summaries.",
    team: "nlp-platform",
    createdBy: "scientist@demo.local",
    versions: [
      // The pilot ran on legitimate interests, before the consent form existed; later answers come with consent.
      {
        label: "pilot",
        rowCount: 8_214n,
        createdDaysAgo: 190,
        personal: {
          categories: ["contact details", "free-text opinions"],
          legalBasis: "LEGITIMATE_INTERESTS",
          retentionDays: 730,
        },
        region: "EU",
      },
      {
        label: "2025 with consent",
        rowCount: 41_570n,
        createdDaysAgo: 90,
        personal: {
          categories: ["contact details", "free-text opinions"],
          legalBasis: "CONSENT",
          retentionDays: 730,
        },
        region: "EU",
      },
    ],
  },
  {
    slug: "insurance-claims-us",
    name: "Insurance claims (US)",
    source: "Claims warehouse snapshot (Snowflake), first notice of loss and outcome",
    license: "proprietary",
    description: "Claims with the adjuster's triage outcome; used to train the fast-track classifier.",
    team: "applied-ml",
    createdBy: "scientist2@demo.local",
    versions: [
      {
        label: "2024 snapshot",
        rowCount: 1_204_331n,
        createdDaysAgo: 180,
        personal: {
          categories: ["contact details", "claim history", "age band"],
          legalBasis: "CONTRACT",
          retentionDays: 2555,
        },
        region: "US",
      },
      {
        label: "2025 snapshot",
        rowCount: 1_388_902n,
        createdDaysAgo: 30,
        personal: {
          categories: ["contact details", "claim history", "age band"],
          legalBasis: "CONTRACT",
          retentionDays: 2555,
        },
        region: "US",
      },
    ],
  },
  {
    slug: "cuad-contract-clauses",
    name: "CUAD contract clauses",
    source: "CUAD v1, The Atticus Project",
    license: "CC-BY-4.0",
    description: "510 commercial contracts with 41 categories of clauses annotated by legal experts.",
    team: "applied-ml",
    createdBy: "scientist2@demo.local",
    versions: [{ label: "v1", rowCount: 20_910n, createdDaysAgo: 160 }],
  },
  {
    slug: "mmlu",
    name: "MMLU",
    source: "https://huggingface.co/datasets/cais/mmlu",
    license: "MIT",
    description:
      "Massive Multitask Language Understanding: 57 subjects of multiple-choice questions (test split).",
    team: "nlp-platform",
    createdBy: "scientist@demo.local",
    versions: [{ label: "test split", rowCount: 14_042n, createdDaysAgo: 230 }],
  },
  {
    slug: "real-toxicity-prompts",
    name: "RealToxicityPrompts",
    source: "https://huggingface.co/datasets/allenai/real-toxicity-prompts",
    license: "Apache-2.0",
    description:
      "Sentence-level prompts from web text, used to measure how often a model continues into toxic text.",
    team: "nlp-platform",
    createdBy: "scientist@demo.local",
    versions: [{ label: "v1", rowCount: 99_442n, createdDaysAgo: 230 }],
  },
];
