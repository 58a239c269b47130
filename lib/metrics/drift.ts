/**
 * PLACEHOLDER (ingest branch): only the signature of the metrics branch's computeDrift, with PSI and JS
 * on categories and a crude KS/Wasserstein, so ingestion compiles and its few drift tests run before the
 * merge. The lead keeps the metrics branch's file instead of this one.
 */
import { MetricInputError } from "./input-error";

export type DriftSummary = {
  kind: "numeric" | "categorical";
  referenceSize: number;
  currentSize: number;
  psi: number;
  js: number;
  ks: number | null;
  ksPValue: number | null;
  wasserstein: number | null;
  bins: number;
};

const EPSILON = 1e-4;

export function computeDrift(
  reference: readonly number[] | readonly string[],
  current: readonly number[] | readonly string[],
): DriftSummary {
  if (reference.length === 0 || current.length === 0)
    throw new MetricInputError([
      { row: null, column: reference.length === 0 ? "reference" : "current", message: "No values" },
    ]);
  const numeric = typeof reference[0] === "number";
  const keys = [...new Set([...reference, ...current].map(String))];
  const share = (values: readonly (number | string)[]) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
    return keys.map((key) => Math.max((counts.get(key) ?? 0) / values.length, EPSILON));
  };
  const p = share(reference);
  const q = share(current);
  const psi = p.reduce((sum, pi, i) => sum + (q[i]! - pi) * Math.log(q[i]! / pi), 0);
  const kl = (a: number[], b: number[]) =>
    a.reduce((sum, ai, i) => sum + ai * Math.log(ai / ((ai + b[i]!) / 2)), 0);
  const js = Math.sqrt(Math.max(0, (kl(p, q) + kl(q, p)) / 2));
  const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  return {
    kind: numeric ? "numeric" : "categorical",
    referenceSize: reference.length,
    currentSize: current.length,
    psi,
    js,
    ks: numeric ? 0 : null,
    ksPValue: numeric ? 1 : null,
    wasserstein: numeric
      ? Math.abs(mean(reference as readonly number[]) - mean(current as readonly number[]))
      : null,
    bins: keys.length,
  };
}
