/**
 * A tiny benchmark harness: `table.measure(row, column, fn)` times `fn` sequentially after a warm-up
 * and keeps p50/p95; `table.print()` prints one line per row. Rows and columns appear in the order they
 * were first measured, so adding a benchmark is one more `measure` call.
 */
import { performance } from "node:perf_hooks";

export type Stats = { calls: number; p50: number; p95: number; max: number };
export type MeasureOptions = { iterations?: number; warmup?: number };

export const DEFAULT_ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export async function time(
  fn: () => Promise<unknown>,
  { iterations = DEFAULT_ITERATIONS, warmup = 20 }: MeasureOptions = {},
): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn();
  const durations: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    durations.push(performance.now() - start);
  }
  durations.sort((a, b) => a - b);
  return {
    calls: iterations,
    p50: percentile(durations, 50),
    p95: percentile(durations, 95),
    max: durations[durations.length - 1]!,
  };
}

export class BenchTable {
  private rows = new Map<string, { note: string; cells: Map<string, Stats> }>();
  private columns: string[] = [];

  /** Times `fn` into the cell (row, column); `note` describes the result (e.g. "10,000 nodes"). */
  async measure(
    row: string,
    column: string,
    fn: () => Promise<unknown>,
    options: MeasureOptions & { note?: string } = {},
  ) {
    const stats = await time(fn, options);
    this.record(row, column, stats, options.note);
    return stats;
  }

  private record(row: string, column: string, stats: Stats, note?: string) {
    const entry = this.rows.get(row) ?? { note: "", cells: new Map<string, Stats>() };
    if (note) entry.note = note;
    entry.cells.set(column, stats);
    this.rows.set(row, entry);
    if (!this.columns.includes(column)) this.columns.push(column);
    console.error(
      `[bench] ${row} / ${column}: p50 ${stats.p50.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms`,
    );
  }

  /**
   * Runs `calls` calls of `fn` from `concurrency` clients at once (each waits for its answer before its
   * next call); the cell keeps each call's latency, and the result is the throughput in calls a second.
   */
  async measureConcurrently(
    row: string,
    column: string,
    fn: () => Promise<unknown>,
    { calls, concurrency }: { calls: number; concurrency: number },
  ): Promise<{ stats: Stats; perSecond: number }> {
    const durations: number[] = [];
    let started = 0;
    const client = async () => {
      while (started < calls) {
        started++;
        const start = performance.now();
        await fn();
        durations.push(performance.now() - start);
      }
    };
    const start = performance.now();
    await Promise.all(Array.from({ length: concurrency }, client));
    const perSecond = calls / ((performance.now() - start) / 1000);
    durations.sort((a, b) => a - b);
    const stats = {
      calls,
      p50: percentile(durations, 50),
      p95: percentile(durations, 95),
      max: durations.at(-1)!,
    };
    this.record(row, column, stats);
    return { stats, perSecond };
  }

  /** A row's note worked out from its timing (a throughput), set after the measurement. */
  note(row: string, note: string) {
    const entry = this.rows.get(row);
    if (entry) entry.note = note;
    console.error(`[bench] ${row}: ${note}`);
  }

  print(title: string) {
    const headers = ["what", ...this.columns.flatMap((c) => [`${c} p50`, `${c} p95`]), "calls", "result"];
    const lines = [...this.rows].map(([name, { note, cells }]) => [
      name,
      ...this.columns.flatMap((c) => {
        const stats = cells.get(c);
        return stats ? [`${stats.p50.toFixed(1)} ms`, `${stats.p95.toFixed(1)} ms`] : ["", ""];
      }),
      String(Math.max(...[...cells.values()].map((s) => s.calls))),
      note,
    ]);
    const widths = headers.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
    const format = (cells: string[]) =>
      `| ${cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(" | ")} |`;
    console.log(`\n${title}\n`);
    console.log(format(headers));
    console.log(
      `|${widths.map((w, i) => (i === 0 || i === widths.length - 1 ? ` ${"-".repeat(w)} ` : ` ${"-".repeat(w - 1)}: `)).join("|")}|`,
    );
    for (const line of lines) console.log(format(line));
  }
}
