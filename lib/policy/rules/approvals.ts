/**
 * How many officers must approve, by the model's risk tier. Not a gate: it always passes, and the count
 * binds only in an ENFORCE policy (see `lib/server/policies/judge-version.ts`).
 */
import type { RiskTier } from "@/generated/prisma/enums";
import { passed, type RuleChecks } from "./verdict";

const TIERS: RiskTier[] = ["MINIMAL", "LIMITED", "HIGH"];

const approvalsPhrase = (count: number) =>
  count === 1 ? "1 approval from an officer" : `${count} approvals from different officers`;

export const approvalChecks: RuleChecks<"approvals_required"> = {
  approvals_required: {
    describe: (rule) =>
      `Approvals by risk tier: ${TIERS.map((tier) => `${tier.toLowerCase()} ${rule.byRiskTier[tier]}`).join(", ")}`,
    check: (rule, evidence) => {
      const tier = evidence.version.riskTier;
      const required = approvalsPhrase(rule.byRiskTier[tier]);
      return passed({
        measured: tier,
        required,
        value: null,
        message: `The model is ${tier.toLowerCase()} risk, so the promotion needs ${required}`,
      });
    },
  },
};
