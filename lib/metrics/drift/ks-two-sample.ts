/**
 * The two-sample Kolmogorov-Smirnov test as SciPy 1.17 `scipy.stats.ks_2samp(a, b)` computes it with
 * its defaults (two-sided, method "auto"): D = max |F_a(x) - F_b(x)| over the pooled values; the exact
 * p-value when neither sample has more than 10,000 values (falling back, as SciPy does, to the
 * asymptotic one when the exact recursion fails), otherwise `kstwo.sf(D, round(n_a n_b / (n_a + n_b)))`.
 */
import { exactTwoSidedKs, roundHalfEven } from "./ks-exact";
import { kstwoSf } from "./kstwo";

const MAX_EXACT_SIZE = 10_000;

/** Both samples sorted ascending. */
export function ksTwoSample(a: Float64Array, b: Float64Array): { statistic: number; pValue: number } {
  let d = ksStatistic(a, b);
  const n1 = a.length;
  const n2 = b.length;
  if (Math.max(n1, n2) <= MAX_EXACT_SIZE) {
    const exact = exactTwoSidedKs(n1, n2, d);
    if (exact.ok) return { statistic: exact.d, pValue: exact.p };
    d = exact.d;
  }
  const en = (Math.max(n1, n2) * Math.min(n1, n2)) / (n1 + n2);
  return { statistic: d, pValue: kstwoSf(d, roundHalfEven(en)) };
}

/**
 * The largest gap between the two empirical CDFs, evaluated after each distinct pooled value (ties
 * in either sample move together, as SciPy's searchsorted(side="right") does).
 */
export function ksStatistic(a: Float64Array, b: Float64Array): number {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let max = 0;
  let min = 0;
  while (i < n1 || j < n2) {
    const x = j >= n2 || (i < n1 && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    while (i < n1 && a[i] === x) i++;
    while (j < n2 && b[j] === x) j++;
    const diff = i / n1 - j / n2;
    if (diff > max) max = diff;
    if (diff < min) min = diff;
  }
  return Math.max(max, -min);
}
