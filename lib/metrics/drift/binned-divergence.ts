/**
 * PSI and Jensen-Shannon distance between two histograms over the same bins (numeric) or categories.
 *
 * PSI = sum over bins of (c - r) ln(c / r), with r and c the reference's and the current sample's
 * shares; a share of exactly 0 is replaced by EPSILON (and nothing is renormalised), so a bin one sample
 * never visits counts as a large but finite difference.
 * JS = scipy.spatial.distance.jensenshannon(r, c) with its defaults: natural logarithm, the square root
 * of the divergence, on the raw shares (no epsilon: 0 ln 0 counts as 0, and the mixture is positive
 * wherever either share is).
 */
export const PSI_EPSILON = 1e-4;

export function psi(reference: Float64Array, current: Float64Array): number {
  let total = 0;
  for (let i = 0; i < reference.length; i++) {
    const r = reference[i] === 0 ? PSI_EPSILON : reference[i]!;
    const c = current[i] === 0 ? PSI_EPSILON : current[i]!;
    total += (c - r) * Math.log(c / r);
  }
  return total;
}

export function jensenShannonDistance(reference: Float64Array, current: Float64Array): number {
  let divergence = 0;
  for (let i = 0; i < reference.length; i++) {
    const p = reference[i]!;
    const q = current[i]!;
    const m = (p + q) / 2;
    if (p > 0) divergence += p * Math.log(p / m);
    if (q > 0) divergence += q * Math.log(q / m);
  }
  // Rounding can leave a tiny negative divergence for identical histograms; the distance is then 0.
  return Math.sqrt(Math.max(0, divergence / 2));
}

/** counts / total, as shares that sum to 1. */
export function shares(counts: Float64Array, total: number): Float64Array {
  return counts.map((count) => count / total);
}
