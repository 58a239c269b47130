/**
 * The promotion history, oldest first. The requester is always the version's creator; decisions come
 * from the two compliance officers. The seed evaluates the policies in force on the day of each
 * request and refuses data whose status disagrees with them (e.g. APPROVED despite an ENFORCE failure).
 */
import type { Decision, PromotionStatus, Stage } from "@/generated/prisma/client";
import type { DemoEmail } from "../seed-context";

export type PromotionSpec = {
  version: string;
  from: Stage;
  to: Stage;
  status: PromotionStatus;
  daysAgo: number;
  justification: string;
  decisions?: { by: DemoEmail; decision: Decision; comment: string; daysAgo: number }[];
  withdrawn?: { daysAgo: number; reason: string };
};

const officer: DemoEmail = "officer@demo.local";
const officer2: DemoEmail = "officer2@demo.local";

export const PROMOTIONS: PromotionSpec[] = [
  {
    version: "support-assistant-eu@1",
    from: "DEVELOPMENT",
    to: "STAGING",
    status: "APPROVED",
    daysAgo: 155,
    justification:
      "First fine-tune beats the base by 28 points of intent accuracy; ready for shadow traffic.",
    decisions: [
      {
        by: officer,
        decision: "APPROVE",
        comment: "Card complete, legal basis documented. Approved for shadow traffic.",
        daysAgo: 153,
      },
    ],
  },
  {
    version: "claims-fast-track@1",
    from: "DEVELOPMENT",
    to: "STAGING",
    status: "APPROVED",
    daysAgo: 125,
    justification: "F1 0.84 on the 2024 hold-out; age band ratio 0.93.",
    decisions: [
      {
        by: officer,
        decision: "APPROVE",
        comment: "High-risk tier: approved for staging only, with adjuster confirmation.",
        daysAgo: 124,
      },
    ],
  },
  {
    version: "support-assistant-eu@1",
    from: "STAGING",
    to: "PRODUCTION",
    status: "APPROVED",
    daysAgo: 145,
    justification: "Four weeks in shadow: agents accepted 71% of drafts with minor edits.",
    decisions: [
      {
        by: officer2,
        decision: "APPROVE",
        comment: "Shadow results reviewed with the help desk lead. Approved.",
        daysAgo: 143,
      },
    ],
  },
  {
    version: "claims-fast-track@1",
    from: "STAGING",
    to: "PRODUCTION",
    status: "APPROVED",
    daysAgo: 110,
    justification: "Staging agreement with adjusters 94%; no disparity alerts.",
    decisions: [
      {
        by: officer2,
        decision: "APPROVE",
        comment: "Approved. Keep the monthly fairness review on the calendar.",
        daysAgo: 108,
      },
    ],
  },
  {
    version: "contract-review-assistant@1",
    from: "DEVELOPMENT",
    to: "STAGING",
    status: "APPROVED",
    daysAgo: 95,
    justification: "Clause F1 0.78 against 0.41 for the base; legal team wants to try it.",
    decisions: [
      {
        by: officer,
        decision: "APPROVE",
        comment: "Public training data (CUAD), no personal data. Approved.",
        daysAgo: 94,
      },
    ],
  },
  {
    version: "support-assistant-eu@2",
    from: "DEVELOPMENT",
    to: "STAGING",
    status: "APPROVED",
    daysAgo: 86,
    justification: "Retrained on 2025-Q2 tickets: intent accuracy 0.894 (+0.033 on v1).",
    decisions: [{ by: officer2, decision: "APPROVE", comment: "Approved for shadow traffic.", daysAgo: 85 }],
  },
  {
    version: "support-assistant-eu@2",
    from: "STAGING",
    to: "PRODUCTION",
    status: "APPROVED",
    daysAgo: 76,
    justification: "Replaces v1: better accuracy and lower toxicity, parity across languages within 0.02.",
    decisions: [
      { by: officer, decision: "APPROVE", comment: "Evidence package reviewed. Approve.", daysAgo: 75 },
      {
        by: officer2,
        decision: "APPROVE",
        comment: "Second approval. v1 will be archived by the policy.",
        daysAgo: 75,
      },
    ],
  },
  {
    version: "ticket-summarizer@1",
    from: "DEVELOPMENT",
    to: "STAGING",
    status: "APPROVED",
    daysAgo: 60,
    justification: "ROUGE-L 0.41 against 0.27 for the base; faithfulness 0.91.",
    decisions: [
      { by: officer, decision: "APPROVE", comment: "Internal-only output. Approved.", daysAgo: 59 },
    ],
  },
  {
    version: "support-intent-lora@2",
    from: "DEVELOPMENT",
    to: "STAGING",
    status: "APPROVED",
    daysAgo: 55,
    justification: "Rank 16 adapter on the refreshed base: 0.903 intent accuracy.",
    decisions: [{ by: officer2, decision: "APPROVE", comment: "Approved.", daysAgo: 54 }],
  },
  {
    version: "support-assistant-eu@3",
    from: "DEVELOPMENT",
    to: "STAGING",
    status: "APPROVED",
    daysAgo: 22,
    justification: "Trained on pseudonymised Q3 tickets; 0.912 intent accuracy.",
    decisions: [
      {
        by: officer,
        decision: "APPROVE",
        comment: "Pseudonymisation confirmed with the DPO. Approved.",
        daysAgo: 21,
      },
    ],
  },
  {
    version: "ticket-summarizer@2",
    from: "DEVELOPMENT",
    to: "STAGING",
    status: "REJECTED",
    daysAgo: 18,
    justification: "Higher ROUGE-L (0.436) after a longer run.",
    decisions: [
      {
        by: officer2,
        decision: "REJECT",
        comment:
          "The shadow policy shows a toxic rate of 3.1%, above the 2% ceiling, and faithfulness fell. Please filter the targets and resubmit.",
        daysAgo: 17,
      },
    ],
  },
  {
    version: "support-assistant-eu@4",
    from: "DEVELOPMENT",
    to: "STAGING",
    status: "WITHDRAWN",
    daysAgo: 10,
    justification: "DPO on customer feedback: lower toxicity, slightly better accuracy.",
    withdrawn: { daysAgo: 9, reason: "The DPO run used the wrong preference split; retraining." },
  },
  {
    version: "claims-fast-track@2",
    from: "DEVELOPMENT",
    to: "STAGING",
    status: "BLOCKED",
    daysAgo: 6,
    justification: "Retrained on the 2025 snapshot: F1 0.871 (+0.029).",
  },
  {
    version: "support-assistant-eu@3",
    from: "STAGING",
    to: "PRODUCTION",
    status: "PENDING",
    daysAgo: 3,
    justification: "Three weeks of shadow traffic without drift; replaces v2, whose inputs are drifting.",
    decisions: [
      {
        by: officer,
        decision: "APPROVE",
        comment: "Looks good to me; waiting for a second approver.",
        daysAgo: 2,
      },
    ],
  },
  {
    version: "contract-review-assistant@1",
    from: "STAGING",
    to: "PRODUCTION",
    status: "PENDING",
    daysAgo: 2,
    justification: "Legal team used it in staging for three months; asks for production access.",
  },
  {
    version: "claims-fast-track@3",
    from: "DEVELOPMENT",
    to: "STAGING",
    status: "PENDING",
    daysAgo: 1,
    justification: "Reweighted by age band after the v2 block: ratio back above 0.9, F1 0.864.",
  },
  {
    version: "support-contract-merge@1",
    from: "DEVELOPMENT",
    to: "STAGING",
    status: "PENDING",
    daysAgo: 1,
    justification: "Merge for B2B tickets that quote contract terms; wants shadow traffic to compare.",
  },
];
