/**
 * Timing of the drift math in lib/metrics (pure functions: no database, no app). It runs at the end of
 * `npm run bench`, and alone with `npm run bench -- --only=drift-math` (a few seconds, no database).
 * Each row includes the sorts a real call does, from plain number arrays as a parsed upload gives them.
 */
import { computeDrift } from "@/lib/metrics/drift";
import { ksTwoSample } from "@/lib/metrics/drift/ks-two-sample";
import { sortFloats } from "@/lib/metrics/drift/sort-floats";
import { wassersteinDistance } from "@/lib/metrics/drift/wasserstein";
import { seededRandom } from "@/lib/random/seeded";
import { BenchTable } from "./harness";

const RUNS = { iterations: 7, warmup: 2 };

export async function benchDriftMath() {
  const table = new BenchTable();
  const [a100k, b100k] = [normalSample(1, 100_000, 0), normalSample(2, 100_000, 0.01)];
  const sorted = (values: number[]) => sortFloats(Float64Array.from(values));

  const ks = ksTwoSample(sorted(a100k), sorted(b100k));
  await table.measure(
    "KS statistic + p-value, 100,000 vs 100,000",
    "time",
    async () => ksTwoSample(sorted(a100k), sorted(b100k)),
    {
      ...RUNS,
      note: `D ${ks.statistic.toFixed(5)}, p ${ks.pValue.toPrecision(4)} (asymptotic)`,
    },
  );
  await table.measure(
    "Wasserstein, 100,000 vs 100,000",
    "time",
    async () => wassersteinDistance(sorted(a100k), sorted(b100k)),
    RUNS,
  );

  const [a1m, b1m] = [normalSample(3, 1_000_000, 0), normalSample(4, 1_000_000, 0.01)];
  const drift = computeDrift(a1m, b1m);
  await table.measure(
    "computeDrift (PSI, JS, KS, p, W), 1,000,000 vs 1,000,000",
    "time",
    async () => computeDrift(a1m, b1m),
    {
      ...RUNS,
      note: `PSI ${drift.psi.toFixed(5)}, KS ${drift.ks!.toFixed(5)}, p ${drift.ksPValue!.toPrecision(4)}`,
    },
  );
  table.print("Drift math in-process (lib/metrics), p50/p95 over 7 runs after 2 warm-ups, sorts included");
}

function normalSample(seed: number, size: number, shift: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: size }, () => random.normal(shift, 1));
}
