/**
 * The Metrics tab's data at scale: one version with 1,000,000 drift observations (10 features x
 * 100,000 five-minute windows, about 347 days, PSI), read through `GET /versions/{id}/metrics` over its
 * default range (the last 90 days of data) and over all of it, beside the service call in-process.
 */
import pg from "pg";
import { Prisma } from "@/generated/prisma/client";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";
import { getVersionMetrics } from "@/lib/server/metrics/get-version-metrics";
import {
  DRIFT_BUCKETS_WORK_MEM,
  driftBucketsSql,
  resolveDriftRange,
} from "@/lib/server/metrics/read-drift-series";
import type { BenchTable } from "./harness";
import type { ScaleFixture } from "./seed-scale";

type Get = (pathAndQuery: string) => Promise<string>;

const FEATURES = 10;
const WINDOWS = 100_000;
const WINDOW_MINUTES = 5;
const FIRST_WINDOW = "2025-12-01T00:00:00Z";
const LAST_WINDOW = new Date(Date.parse(FIRST_WINDOW) + (WINDOWS - 1) * WINDOW_MINUTES * 60_000);
const FULL_RANGE = { from: FIRST_WINDOW, to: LAST_WINDOW.toISOString() };
const METRIC_VALUE = `'PSI'::"DriftMetric"`;

/** One INSERT ... SELECT: a slow wave per feature plus a little noise. */
export async function seedDriftScale(databaseUrl: string, versionId: string, log = console.error) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const startedAt = Date.now();
    await client.query(
      `INSERT INTO "DriftObservation" ("versionId", feature, metric, value, "windowStart", "windowEnd", "referenceSize", "currentSize")
       SELECT $1, 'feature_' || f, ${METRIC_VALUE},
              0.08 + 0.06 * sin(w / 2000.0 + f) + 0.02 * random(),
              $2::timestamp + w * interval '${WINDOW_MINUTES} minutes',
              $2::timestamp + (w + 1) * interval '${WINDOW_MINUTES} minutes', 10000, 2000
       FROM generate_series(0, ${FEATURES - 1}) f, generate_series(0, ${WINDOWS - 1}) w`,
      [versionId, FIRST_WINDOW.replace("Z", "")],
    );
    await client.query(`ANALYZE "DriftObservation"`);
    log(
      `[seed] ${(FEATURES * WINDOWS).toLocaleString("en")} drift observations in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
    );
  } finally {
    await client.end();
  }
}

export async function benchMetrics(table: BenchTable, get: Get, principal: Principal, f: ScaleFixture) {
  const id = f.treeLeafId;
  const cases: [string, Record<string, string>][] = [
    ["version metrics: 1M drift rows, default 90 days", {}],
    ["version metrics: 1M drift rows, all 347 days", FULL_RANGE],
  ];
  for (const [name, query] of cases) {
    const result = await getVersionMetrics(principal, id, query);
    const points = result.drift.series.reduce((sum, s) => sum + s.points.length, 0);
    const rows = result.drift.series.reduce((sum, s) => sum + s.points.reduce((n, p) => n + p.count, 0), 0);
    const note = `${result.drift.series.length} series, ${points} points (${result.drift.bucket.iso}) from ${rows.toLocaleString("en")} rows`;
    const search = new URLSearchParams(query).toString();
    const options = { iterations: 30, warmup: 3, note };
    await table.measure(
      name,
      "HTTP",
      () => get(`/versions/${id}/metrics${search ? `?${search}` : ""}`),
      options,
    );
    await table.measure(name, "service", () => getVersionMetrics(principal, id, query), options);
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of the bucketing statement, for both ranges. */
export async function explainMetrics(f: ScaleFixture) {
  const ranges: [string, { from?: Date; to?: Date }][] = [
    ["default 90 days", {}],
    ["all 347 days", { from: new Date(FULL_RANGE.from), to: new Date(FULL_RANGE.to) }],
  ];
  for (const [name, query] of ranges) {
    const range = await resolveDriftRange(db, f.treeLeafId, query);
    const rows = await db.$transaction(async (tx) => {
      await tx.$executeRaw(DRIFT_BUCKETS_WORK_MEM);
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>(
        Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${driftBucketsSql(f.treeLeafId, range)}`,
      );
    });
    console.log(
      `\n--- EXPLAIN ANALYZE: drift buckets, ${name}\n${rows.map((r) => r["QUERY PLAN"]).join("\n")}`,
    );
  }
}
