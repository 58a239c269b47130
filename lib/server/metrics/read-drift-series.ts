import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { validationError } from "@/lib/errors";
import {
  BUCKET_ORIGIN,
  bucketCount,
  chooseBucket,
  isoDuration,
  MAX_POINTS_PER_SERIES,
} from "@/lib/metrics/time-bucket";
import { db, type Db } from "@/lib/server/db";

const DEFAULT_SPAN_MS = 90 * 86_400_000;

export type DriftRange = { from: Date; to: Date; bucketSeconds: number };
type BucketRow = {
  feature: string;
  metric: string;
  at: Date;
  avg: number | null;
  max: number | null;
  count: number;
};

/**
 * Every series of the version in one statement: windows grouped by feature, metric and the bucket of
 * their start (`date_bin` on the same origin as lib/metrics/time-bucket.ts), with the mean and the
 * highest value of each bucket. Grouped by the enum itself and cast to text only in the answer: hashing
 * a text cast of every row took a third of the statement's time on a million rows.
 */
export const driftBucketsSql = (versionId: string, range: DriftRange) => Prisma.sql`
  SELECT feature, metric::text AS metric,
         date_bin(make_interval(secs => ${range.bucketSeconds}), "windowStart", ${BUCKET_ORIGIN}::timestamp) AS at,
         avg(value) AS avg, max(value) AS max, count(*)::int AS count
  FROM "DriftObservation"
  WHERE "versionId" = ${versionId} AND "windowStart" >= ${range.from} AND "windowStart" <= ${range.to}
  GROUP BY feature, "DriftObservation".metric, at
  ORDER BY 1, 2, 3`;

/**
 * The range the charts cover: as asked, else the 90 days up to the version's latest window (up to now
 * when it has none). The bucket: as asked when it keeps a series to MAX_POINTS_PER_SERIES points
 * (a 400 on `bucket` otherwise), else the narrowest round width that does.
 */
export async function resolveDriftRange(
  client: Db,
  versionId: string,
  query: { from?: Date; to?: Date; bucket?: number },
): Promise<DriftRange> {
  let to = query.to;
  if (!to) {
    const [latest] = await client.$queryRaw<{ at: Date | null }[]>`
      SELECT max("windowStart") AS at FROM "DriftObservation" WHERE "versionId" = ${versionId}`;
    to = latest?.at ?? new Date();
    if (query.from && to < query.from) to = new Date(query.from.getTime() + DEFAULT_SPAN_MS);
  }
  const from = query.from ?? new Date(to.getTime() - DEFAULT_SPAN_MS);
  if (query.bucket === undefined) return { from, to, bucketSeconds: chooseBucket(from, to) };
  const points = bucketCount(from, to, query.bucket);
  if (points > MAX_POINTS_PER_SERIES)
    throw validationError({
      bucket: `${isoDuration(query.bucket)} gives ${points.toLocaleString("en")} points a series from ${from.toISOString()} to ${to.toISOString()}; at most ${MAX_POINTS_PER_SERIES}: use ${isoDuration(chooseBucket(from, to))} or wider, or a shorter range`,
    });
  return { from, to, bucketSeconds: query.bucket };
}

/**
 * Planner settings for the bucketing statement, local to its transaction. PostgreSQL expects far more
 * groups than a few hundred buckets a series make, so with the default 4 MB of sort memory it sorts
 * hundreds of thousands of rows on disk; with more it groups in memory (`npm run bench -- --only=metrics
 * --explain` prints the plan).
 */
export const DRIFT_BUCKETS_WORK_MEM = Prisma.sql`SET LOCAL work_mem = '64MB'`;

/** The bucketed points of each (feature, metric) series, series in feature then metric order. */
export async function readDriftSeries(versionId: string, range: DriftRange) {
  const rows = await db.$transaction(async (tx) => {
    await tx.$executeRaw(DRIFT_BUCKETS_WORK_MEM);
    return tx.$queryRaw<BucketRow[]>(driftBucketsSql(versionId, range));
  });
  const series: { feature: string; metric: string; points: Omit<BucketRow, "feature" | "metric">[] }[] = [];
  for (const { feature, metric, ...point } of rows) {
    const last = series[series.length - 1];
    if (last && last.feature === feature && last.metric === metric) last.points.push(point);
    else series.push({ feature, metric, points: [point] });
  }
  return series;
}
