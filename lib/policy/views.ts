/**
 * The shapes the policy services answer with: plain data, shared by the API, the pages and the
 * components (which never import server code). Dates are Date objects here; the API sends ISO strings.
 */
import type { PolicyMode, PromotionStatus, Stage } from "@/generated/prisma/enums";
import type { PolicyDiff } from "./diff";
import type { PolicyRule } from "./rules";

export type UserRef = { id: string; name: string; email: string };

type PolicyFields = {
  /** the policy's key: stable across versions */
  id: string;
  version: number;
  name: string;
  description: string | null;
  targetStage: Stage;
  mode: PolicyMode;
  enabled: boolean;
  changeNote: string | null;
  createdAt: Date;
  createdBy: UserRef;
};

/**
 * A policy version. Its stored rules are checked on the way out: `rulesError` is null and `rules` the
 * parsed list, or `rulesError` says why they cannot be read and `rules` is what is stored, untouched.
 */
export type PolicyView = PolicyFields &
  ({ rules: PolicyRule[]; rulesError: null } | { rules: unknown; rulesError: string });

export type PolicyVersionView = PolicyView & { diff: PolicyDiff };

export type PolicyDetail = { policy: PolicyView; versions: PolicyVersionView[] };

export type ShadowTotals = {
  /** requests a version of the policy was evaluated on */
  evaluated: number;
  /** of those, the requests it failed (in either mode) */
  failed: number;
  shadowEvaluated: number;
  /** SHADOW failures: the requests it would have blocked */
  wouldHaveBlocked: number;
  enforcedEvaluated: number;
  /** ENFORCE failures: the requests it did block */
  blocked: number;
};

export type ShadowRuleCount = { ruleId: string; evaluated: number; failed: number; wouldHaveBlocked: number };

export type ShadowFailure = {
  requestId: string;
  status: PromotionStatus;
  toStage: Stage;
  requestedAt: Date;
  policyVersion: number;
  mode: PolicyMode;
  version: { id: string; version: number; label: string };
  model: { slug: string; name: string };
  failingRuleIds: string[];
};

export type ShadowReport = {
  policyId: string;
  from: Date;
  to: Date;
  totals: ShadowTotals;
  rules: ShadowRuleCount[];
  /** the failed requests, newest first, at most `SHADOW_FAILURE_LIMIT` of them (`totals.failed` counts all) */
  failures: ShadowFailure[];
};

export const SHADOW_FAILURE_LIMIT = 200;

/** How many rules a version holds, also when they cannot be read. */
export const ruleCountOf = (policy: PolicyView) =>
  Array.isArray(policy.rules) ? (policy.rules as unknown[]).length : 0;
