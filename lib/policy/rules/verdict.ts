/**
 * What every rule family shares: the shape of a rule's verdict before `evaluate.ts` stamps the rule's
 * id, kind and description on it, and the wording helpers that keep numbers and lists readable.
 */
import type { Evidence } from "@/lib/policy/evidence";
import type { RuleKind, RuleOf, RuleResult } from "@/lib/policy/rules";

export type Verdict = Pick<RuleResult, "status" | "measured" | "required" | "message" | "value">;

/** How one rule kind is described and judged. */
export type RuleCheck<K extends RuleKind> = {
  describe: (rule: RuleOf<K>) => string;
  check: (rule: RuleOf<K>, evidence: Evidence) => Verdict;
};
export type RuleChecks<K extends RuleKind> = { [P in K]: RuleCheck<P> };

/**
 * A number as an officer reads it: at most 4 decimals (4 significant digits below 1), no float noise
 * (0.1 + 0.2 reads "0.3"). The exact number stays in the result's `value`.
 */
export function formatNumber(value: number): string {
  const rounded = Math.abs(value) >= 1 ? Number(value.toFixed(4)) : Number(value.toPrecision(4));
  return String(rounded === 0 ? 0 : rounded);
}

// Float noise (0.1 + 0.2 is 0.30000000000000004, 0.73 - 0.71 is 0.020000000000000018) is no measurement:
// numbers are compared at 12 significant digits, so a value exactly at a threshold passes as the officer
// reads it.
const clean = (value: number) => Number(value.toPrecision(12));
export const atLeast = (value: number, threshold: number) => clean(value) >= threshold;
export const atMost = (value: number, threshold: number) => clean(value) <= threshold;
/** `a - b` without the noise of float subtraction. */
export const difference = (a: number, b: number) => clean(a - b);

/** `value` as read beside `threshold`: with more digits when rounding would make the two look equal. */
export function formatBeside(value: number, threshold: number): string {
  const short = formatNumber(value);
  return short === formatNumber(threshold) && clean(value) !== threshold ? String(clean(value)) : short;
}

/** "a", "a and b", "a, b and c" (or "or"). */
export function listOf(items: string[], conjunction: "and" | "or" = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

export const passed = (verdict: Omit<Verdict, "status">): Verdict => ({ status: "passed", ...verdict });
export const failed = (verdict: Omit<Verdict, "status">): Verdict => ({ status: "failed", ...verdict });
export const missingEvidence = (required: string, message: string): Verdict => ({
  status: "missing_evidence",
  measured: null,
  required,
  message,
  value: null,
});
