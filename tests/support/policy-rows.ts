/**
 * Policy rows for the policy tests: valid inputs, stored versions written straight to the table (as a
 * seed or an older schema left them), and evaluations frozen on a request as the promotion flow does.
 */
import type { PolicyMode } from "@/generated/prisma/enums";
import type { PolicyInput, RuleResult } from "@/lib/policy/rules";
import { db } from "@/lib/server/db";
import { unique } from "./factories";

export function policyInput(overrides: Partial<PolicyInput> = {}): PolicyInput {
  return {
    name: unique("Quality gate"),
    targetStage: "PRODUCTION",
    mode: "SHADOW",
    enabled: true,
    rules: [
      { id: "accuracy", kind: "metric_min", suite: "helm", metric: "accuracy", threshold: 0.8 },
      { id: "weights", kind: "required_artifacts", formats: ["SAFETENSORS"] },
    ],
    ...overrides,
  };
}

/** A stored version of `key`, as any writer may have left it (its rules are not checked here). */
export async function storePolicyVersion(options: {
  key: string;
  version: number;
  createdById: string;
  mode?: PolicyMode;
  name?: string;
  rules?: unknown;
}) {
  return db.policy.create({
    data: {
      key: options.key,
      version: options.version,
      name: options.name ?? options.key,
      targetStage: "PRODUCTION",
      mode: options.mode ?? "SHADOW",
      rules: (options.rules ?? []) as object,
      createdById: options.createdById,
    },
    select: { id: true, key: true, version: true, mode: true },
  });
}

/** One rule's frozen verdict, shaped as the engine writes it. */
export const ruleResult = (ruleId: string, passed: boolean): RuleResult => ({
  ruleId,
  kind: "metric_min",
  description: ruleId,
  status: passed ? "passed" : "failed",
  passed,
  measured: passed ? "0.9" : "0.7",
  required: "at least 0.8",
  message: passed ? "Passed" : "Below the threshold",
  value: passed ? 0.9 : 0.7,
});

/** Freezes a policy version's verdict on a request: failed when any rule failed. */
export async function freezeEvaluation(
  requestId: string,
  policy: { id: string; version: number; mode: PolicyMode },
  results: RuleResult[],
) {
  return db.policyEvaluation.create({
    data: {
      requestId,
      policyId: policy.id,
      policyVersion: policy.version,
      mode: policy.mode,
      passed: results.every((result) => result.passed),
      results,
    },
  });
}
