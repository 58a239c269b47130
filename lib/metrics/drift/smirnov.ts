/**
 * The survival function of the one-sided Kolmogorov-Smirnov statistic, P(D_n^+ >= x), as SciPy's
 * `scipy.special.smirnov` (xsf/cephes `_smirnov`) computes it: the Birnbaum-Tingey sum over
 * v = 0 .. floor(n (1 - x)) of C(n, v) x (x + v/n)^(v-1) (1 - x - v/n)^(n-v), with its special cases
 * and early stop. SciPy sums in double-double; the terms are all positive, so summing them in double
 * with each term in logarithms keeps about 1e-11 relative accuracy up to n = 1,000,000.
 * SciPy's alternative "upper sum" is only taken for x <= 0.5 / sqrt(n), which kstwo never asks for
 * (it calls smirnov only when n x^2 >= 2.2 or x >= 0.5), so it is not ported.
 */
import { clip } from "./float-utils";

const MINLOG = -7.08396418532264106224e2;
const MAX_COMPUTE_N = 1_000_000;
const EPSILON = 2 ** -52;

export function smirnovSf(n: number, x: number): number {
  if (!(n > 0 && x >= 0 && x <= 1)) return Number.NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;

  const { floor: nxfl, fraction: alpha } = floorOfProduct(n, x);
  let n1mxfl = n - nxfl - (alpha === 0 ? 0 : 1);
  if (alpha === 0) n1mxfl -= 1;

  if (nxfl === 0 || (nxfl === 1 && alpha === 0)) return clip(1 - x * (1 + x) ** (n - 1));
  if (-2 * n * x * x < MINLOG) return 0;
  if (nxfl >= n - 1) return clip((1 - x) ** n);
  if (n > MAX_COMPUTE_N) {
    const logp = -((6 * n * x + 1) ** 2) / 18 / n;
    return clip(logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp));
  }

  const nTerms = n1mxfl + 1;
  const vmid = Math.floor(n / 2);
  let sum = (1 - x) ** n / x;
  let logBinomial = Math.log(n); // C(n, 1)
  for (let v = 1; v < nTerms; v++) {
    const term = Math.exp(logBinomial + (n - v) * Math.log((n - v) / n - x) + (v - 1) * Math.log(v / n + x));
    if (Number.isFinite(term) && term !== 0) sum += term;
    if (term !== 0) {
      if (4 * (nTerms - v) * Math.abs(term) < EPSILON * sum && v !== nTerms - 1) break;
    } else if (v > vmid) break;
    logBinomial += Math.log((n - v) / (v + 1));
  }
  return clip(x * sum);
}

/** floor(n x) and the fractional part, exactly (Dekker's product), as SciPy's modNX does. */
function floorOfProduct(n: number, x: number): { floor: number; fraction: number } {
  const product = n * x;
  const error = twoProductError(n, x, product);
  let floor = Math.floor(product);
  if (product === floor && error < 0) floor -= 1;
  let fraction = product - floor + error;
  if (fraction >= 1) {
    floor += 1;
    fraction = 0;
  }
  return { floor, fraction: Math.max(0, fraction) };
}

function twoProductError(a: number, b: number, product: number): number {
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return ah * bh - product + ah * bl + al * bh + al * bl;
}

function split(a: number): [number, number] {
  const c = 134217729 * a; // 2^27 + 1
  const high = c - (c - a);
  return [high, a - high];
}
