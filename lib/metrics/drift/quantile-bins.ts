/**
 * The bins PSI and JS use for a numeric feature: the reference's deciles (numpy's default "linear"
 * quantile, the 10th to 90th percentiles) as inner edges, repeated edges collapsed, the outer bins open
 * to -Infinity and +Infinity. Bins are closed on the right: (e[i-1], e[i]], so a value equal to an edge
 * falls in the bin below it, and a spike at the reference's minimum (a zero-inflated feature) gets a
 * bin of its own. An all-equal reference has one edge and two bins: (-Inf, v] and (v, +Inf).
 */
const DECILES = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => k / 10);

/** `sorted` ascending and non-empty. */
export function quantileEdges(sorted: Float64Array): number[] {
  const edges: number[] = [];
  for (const q of DECILES) {
    const edge = linearQuantile(sorted, q);
    if (edges.length === 0 || edge > edges[edges.length - 1]!) edges.push(edge);
  }
  return edges;
}

/** Counts per bin of an ascending sample; bin i holds the values x with edges[i-1] < x <= edges[i]. */
export function countPerBin(sorted: Float64Array, edges: readonly number[]): Float64Array {
  const counts = new Float64Array(edges.length + 1);
  let bin = 0;
  for (let i = 0; i < sorted.length; i++) {
    const x = sorted[i]!;
    while (bin < edges.length && x > edges[bin]!) bin++;
    counts[bin]! += 1;
  }
  return counts;
}

/** numpy.quantile(method="linear"), including its way of interpolating from the nearer end. */
function linearQuantile(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  const virtual = (n - 1) * q;
  const below = Math.floor(virtual);
  const gamma = virtual - below;
  const a = sorted[Math.min(below, n - 1)]!;
  const b = sorted[Math.min(below + 1, n - 1)]!;
  const diff = b - a;
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}
