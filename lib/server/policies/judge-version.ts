import "server-only";
import type { PolicyMode, Stage } from "@/generated/prisma/enums";
import { evaluatePolicy } from "@/lib/policy/evaluate";
import type { Evidence } from "@/lib/policy/evidence";
import type { PolicyResult } from "@/lib/policy/rules";
import type { Db } from "@/lib/server/db";
import { gatherEvidence } from "./gather-evidence";
import { policiesInForce } from "./policies-in-force";

export type FailingRule = { policyId: string; policyName: string; ruleId: string; message: string };

export type Judgement = {
  evidence: Evidence;
  evaluations: {
    /** `id` is the exact policy row (version) that judged; `key` is the policy's stable id */
    policy: { id: string; key: string; version: number; name: string; mode: PolicyMode };
    result: PolicyResult;
  }[];
  /** an ENFORCE policy failed */
  blocked: boolean;
  /** the failed rules of ENFORCE policies */
  failingRules: FailingRule[];
  /** the failed rules of SHADOW policies: recorded and shown, never blocking */
  shadowFailures: FailingRule[];
  /** the highest count of the ENFORCE policies' approvals rules, else 1 */
  requiredApprovals: number;
};

/**
 * Judges a version's move to `toStage` by every policy in force at `asOf` (default now), on evidence
 * gathered once as of that same moment. Only ENFORCE policies block or set the approvals count:
 * a SHADOW policy is recorded and shown, and must never change an outcome.
 */
export async function judgeVersion(
  client: Db,
  { versionId, toStage, asOf = new Date() }: { versionId: string; toStage: Stage; asOf?: Date },
): Promise<Judgement> {
  const [evidence, policies] = await Promise.all([
    gatherEvidence(client, versionId, { asOf }),
    policiesInForce(client, toStage, asOf),
  ]);
  const evaluations = policies.map(({ rules, ...policy }) => ({
    policy,
    result: evaluatePolicy({ mode: policy.mode, rules }, evidence),
  }));
  const enforced = evaluations.filter((e) => e.policy.mode === "ENFORCE");
  return {
    evidence,
    evaluations,
    blocked: enforced.some((e) => !e.result.passed),
    failingRules: failingRulesOf(enforced),
    shadowFailures: failingRulesOf(evaluations.filter((e) => e.policy.mode === "SHADOW")),
    requiredApprovals: Math.max(1, ...enforced.map((e) => e.result.requiredApprovals ?? 1)),
  };
}

const failingRulesOf = (evaluations: Judgement["evaluations"]): FailingRule[] =>
  evaluations.flatMap(({ policy, result }) =>
    result.results
      .filter((r) => !r.passed)
      .map((r) => ({ policyId: policy.key, policyName: policy.name, ruleId: r.ruleId, message: r.message })),
  );
