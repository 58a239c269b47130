/**
 * The 1-D Wasserstein (earth mover's) distance between two samples with equal weights, as SciPy's
 * `scipy.stats.wasserstein_distance(a, b)`: the integral of |F_a(x) - F_b(x)| over x, summed exactly
 * between consecutive pooled values. Both samples sorted ascending.
 */
export function wassersteinDistance(a: Float64Array, b: Float64Array): number {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let total = 0;
  let previous = Math.min(a[0]!, b[0]!);
  while (i < n1 || j < n2) {
    const x = j >= n2 || (i < n1 && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    total += Math.abs(i / n1 - j / n2) * (x - previous);
    previous = x;
    while (i < n1 && a[i] === x) i++;
    while (j < n2 && b[j] === x) j++;
  }
  return total;
}
