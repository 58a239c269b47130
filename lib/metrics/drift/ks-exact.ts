/**
 * The exact two-sided p-value of the two-sample Kolmogorov-Smirnov statistic, ported line for line
 * from SciPy 1.17 (`scipy.stats._stats_py._attempt_exact_2kssamp` and the helpers it calls), which
 * follow Hodges (1958) and, for unequal sizes, Viehmann's recursion for 1 - p (arXiv:2102.08037).
 * The statistic is a multiple of 1 / lcm(n1, n2); SciPy rounds it onto that lattice and reports the
 * rounded value, and so do we.
 */

export type ExactKs = { ok: true; d: number; p: number } | { ok: false; d: number };

export function exactTwoSidedKs(n1: number, n2: number, d: number): ExactKs {
  const g = gcd(n1, n2);
  const lcm = (n1 / g) * n2;
  const h = roundHalfEven(d * lcm);
  const lattice = h / lcm;
  if (h === 0) return { ok: true, d: lattice, p: 1 };
  const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInsideMethod(n1, n2, g, h);
  // SciPy falls back to the asymptotic distribution when the recursion leaves [0, 1] (or overflows).
  if (!(p >= 0 && p <= 1)) return { ok: false, d: lattice };
  return { ok: true, d: lattice, p };
}

/** P(D_{n,n} >= h/n), as an alternating sum evaluated Horner-style to avoid cancellation. */
function probOutsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    p = p1 * (1 - p);
  }
  return 2 * p;
}

/** The share of lattice paths from (0, 0) to (m, n) that leave the band |x/m - y/n| < h / lcm. */
function outerProbInsideMethod(first: number, second: number, g: number, h: number): number {
  const m = Math.max(first, second);
  const n = Math.min(first, second);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const a = new Float64Array(Math.min(2 * maxj + 2, n + 1)).fill(1);
  a.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (a[jj + minj - lastminj]! * i + val * j) / (i + j);
      a[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) a.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return a[maxj - minj - 1]!;
}

export function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** numpy's `round`: halves go to the even neighbour. */
export function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const diff = value - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
