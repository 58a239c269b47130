/**
 * Bulk drift ingestion through the API: batches of 10,000 and of 50,000 pre-computed observations (10
 * features x 5 metrics for each hourly window, new windows each call), and a batch re-sent, which stores
 * nothing. The note gives the throughput at the median batch.
 */
import type { BenchTable } from "./harness";

type Post = (path: string, body: unknown) => Promise<string>;

const METRICS = ["PSI", "KS", "KS_PVALUE", "JS", "WASSERSTEIN"] as const;
const HOUR = 3_600_000;
const ROWS_PER_WINDOW = 10 * METRICS.length;

/** `size` observations: 10 features x 5 metrics for each hourly window from `firstWindow` on. */
function batch(firstWindow: number, size: number) {
  return Array.from({ length: size }, (_, i) => {
    const window = firstWindow + Math.floor(i / ROWS_PER_WINDOW);
    const start = Date.UTC(2020, 0, 1) + window * HOUR;
    return {
      feature: `feature_${i % 10}`,
      metric: METRICS[Math.floor(i / 10) % METRICS.length]!,
      value: (i % 997) / 997,
      windowStart: new Date(start).toISOString(),
      windowEnd: new Date(start + HOUR).toISOString(),
      referenceSize: 50_000,
      currentSize: 2_000 + (i % 200),
    };
  });
}

export async function benchIngestion(table: BenchTable, post: Post, versionId: string) {
  let nextWindow = 0;
  // Built and encoded before timing: the rows measure the server, not this process making JSON.
  const bodies = (size: number, count: number) =>
    Array.from({ length: count }, () => {
      const body = JSON.stringify({ observations: batch(nextWindow, size) });
      nextWindow += size / ROWS_PER_WINDOW;
      return body;
    });

  // 10,000 a batch (a job that reports every few minutes), and 50,000, the most one request takes.
  for (const [size, iterations] of [
    [10_000, 20],
    [50_000, 6],
  ] as const) {
    const what = `drift ingestion: ${size.toLocaleString("en")} observations (bulk JSON)`;
    const sent = bodies(size, iterations + 2);
    let call = 0;
    const stats = await table.measure(
      what,
      "HTTP",
      () => post(`/versions/${versionId}/drift`, sent[call++]),
      { iterations, warmup: 2 },
    );
    const perSecond = Math.round(size / (stats.p50 / 1000));
    table.note(
      what,
      `${perSecond.toLocaleString("en")} observations/s at p50; one INSERT ... unnest per batch`,
    );
    if (size === 10_000)
      await table.measure(
        "drift ingestion: the same 10,000 re-sent",
        "HTTP",
        () => post(`/versions/${versionId}/drift`, sent[0]),
        { iterations: 10, warmup: 1, note: "ON CONFLICT DO NOTHING: 0 inserted, 10,000 already present" },
      );
  }
}
