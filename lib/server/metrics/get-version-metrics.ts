import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { FOUR_FIFTHS_THRESHOLD } from "@/lib/metrics/fairness";
import { isoDuration } from "@/lib/metrics/time-bucket";
import { driftBands, fairnessThresholds } from "@/lib/policy/metric-thresholds";
import { versionMetricsQuerySchema, type VersionMetrics } from "@/lib/schemas/version-metrics";
import { db } from "@/lib/server/db";
import { parseInput } from "@/lib/validation";
import { readDriftSeries, resolveDriftRange } from "./read-drift-series";
import { readEvaluationComparison, readLineageRefs } from "./read-evaluation-comparison";
import { readFairnessReports } from "./read-fairness-reports";
import { readMetricPolicies } from "./read-metric-policies";

/**
 * A version's metrics as its Metrics tab and `GET /versions/{id}/metrics` show them: evaluations
 * against the parent and the base, the latest fairness report per attribute with the policy bounds,
 * and drift series bucketed in SQL with their warning and alert bands. Read-only, so no transaction:
 * each part is consistent on its own, and the parts run together.
 */
export async function getVersionMetrics(
  principal: Principal,
  versionId: string,
  rawQuery: unknown = {},
): Promise<VersionMetrics> {
  requirePermission(principal, "registry.read");
  const query = parseInput(versionMetricsQuerySchema, rawQuery);
  const [refs, reports, policies, range] = await Promise.all([
    readLineageRefs(db, versionId),
    readFairnessReports(db, versionId),
    readMetricPolicies(db),
    resolveDriftRange(db, versionId, query),
  ]);
  if (!refs) throw notFound("The version");
  const [evaluations, series] = await Promise.all([
    readEvaluationComparison(db, refs),
    readDriftSeries(versionId, range),
  ]);
  return {
    ...refs,
    evaluations,
    fairness: { reports, thresholds: fairnessThresholds(policies), fourFifths: FOUR_FIFTHS_THRESHOLD },
    drift: {
      from: range.from.toISOString(),
      to: range.to.toISOString(),
      bucket: { iso: isoDuration(range.bucketSeconds), seconds: range.bucketSeconds },
      series: series.map((s) => ({
        ...s,
        points: s.points.map((p) => ({ ...p, at: p.at.toISOString() })),
        ...driftBands(policies, s.feature, s.metric),
      })),
    },
  };
}
