/**
 * Bulk drift ingestion through the API: batches of 10,000 pre-computed observations (10 features x 5
 * metrics x 200 hourly windows, new windows each call), then the same batch re-sent, which stores
 * nothing. The note gives the throughput at the median batch.
 */
import type { BenchTable } from "./harness";

type Post = (path: string, body: unknown) => Promise<string>;

const BATCH = 10_000;
const METRICS = ["PSI", "KS", "KS_PVALUE", "JS", "WASSERSTEIN"] as const;
const HOUR = 3_600_000;

function batch(first: number) {
  const windows = BATCH / (10 * METRICS.length);
  return Array.from({ length: BATCH }, (_, i) => {
    const window = first + Math.floor(i / (10 * METRICS.length));
    const start = Date.UTC(2020, 0, 1) + window * HOUR;
    return {
      feature: `feature_${i % 10}`,
      metric: METRICS[Math.floor(i / 10) % METRICS.length]!,
      value: (i % 997) / 997,
      windowStart: new Date(start).toISOString(),
      windowEnd: new Date(start + HOUR).toISOString(),
      referenceSize: 50_000,
      currentSize: 2_000 + (i % windows),
    };
  });
}

export async function benchIngestion(table: BenchTable, post: Post, versionId: string) {
  let next = 0;
  const fresh = () => {
    const body = JSON.stringify({ observations: batch(next) });
    next += BATCH / (10 * METRICS.length);
    return body;
  };
  // Built and encoded before timing: the row measures the server, not this process making JSON.
  const bodies = Array.from({ length: 22 }, fresh);
  let call = 0;
  const stats = await table.measure(
    "drift ingestion: 10,000 observations (bulk JSON)",
    "HTTP",
    () => post(`/versions/${versionId}/drift`, bodies[call++]),
    { iterations: 20, warmup: 2 },
  );
  const perSecond = Math.round(BATCH / (stats.p50 / 1000));
  table.note(
    "drift ingestion: 10,000 observations (bulk JSON)",
    `${perSecond.toLocaleString("en")} observations/s at p50; one INSERT ... unnest per batch`,
  );

  await table.measure(
    "drift ingestion: the same 10,000 re-sent",
    "HTTP",
    () => post(`/versions/${versionId}/drift`, bodies[0]),
    { iterations: 10, warmup: 1, note: "ON CONFLICT DO NOTHING: 0 inserted, 10,000 already present" },
  );
}
