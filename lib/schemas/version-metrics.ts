import { z } from "zod";
import { PolicyMode, Stage } from "@/generated/prisma/enums";
import {
  isoDuration,
  MAX_BUCKET_SECONDS,
  MAX_POINTS_PER_SERIES,
  MIN_BUCKET_SECONDS,
  parseBucket,
} from "@/lib/metrics/time-bucket";
import { FAIRNESS_METRICS } from "@/lib/policy/rules";
import { checkRange, optionalFilter, timeBound } from "./common";

const bucketSchema = z
  .string()
  .trim()
  .max(40, "At most 40 characters")
  .transform((text, ctx) => {
    const seconds = parseBucket(text);
    if (seconds === null) {
      ctx.addIssue({
        code: "custom",
        message:
          "Use hour, day, week or an ISO 8601 duration in weeks, days, hours and minutes (PT15M, PT6H, P1D)",
      });
      return z.NEVER;
    }
    if (seconds < MIN_BUCKET_SECONDS || seconds > MAX_BUCKET_SECONDS) {
      ctx.addIssue({
        code: "custom",
        message: `Between ${isoDuration(MIN_BUCKET_SECONDS)} and ${isoDuration(MAX_BUCKET_SECONDS)}`,
      });
      return z.NEVER;
    }
    return seconds;
  });

/** `GET /versions/{id}/metrics?from=&to=&bucket=`: the range and bucket of the drift series. */
export const versionMetricsQuerySchema = z
  .object({
    from: optionalFilter(timeBound("start")).describe(
      "drift windows starting at or after this ISO 8601 timestamp (a bare date: 00:00 UTC); default: 90 days before `to`",
    ),
    to: optionalFilter(timeBound("end")).describe(
      "drift windows starting at or before this timestamp (a bare date: its last millisecond); default: the version's latest window",
    ),
    bucket: optionalFilter(bucketSchema).describe(
      `width of one point: hour, day, week or an ISO 8601 duration (PT15M, PT6H, P1D, P2W); at most ${MAX_POINTS_PER_SERIES} points a series; default: the narrowest round width that fits`,
    ),
  })
  .superRefine(checkRange);
export type VersionMetricsQuery = z.infer<typeof versionMetricsQuerySchema>;

const versionRef = z.object({ id: z.string(), label: z.string() });
const direction = z.enum(["better", "worse", "same"]);
const comparison = z.object({
  value: z.number(),
  /** this version's value minus the other's */
  delta: z.number(),
  /** by the metric's direction (higher or lower is better) */
  direction,
});

export const evaluationRowSchema = z.object({
  suite: z.string(),
  metric: z.string(),
  higherIsBetter: z.boolean(),
  value: z.number(),
  runId: z.string(),
  recordedAt: z.iso.datetime(),
  /** null when the parent has no overall value of this suite and metric (or there is no parent) */
  parent: comparison.nullable(),
  base: comparison.nullable(),
  slices: z.array(z.object({ slice: z.string(), value: z.number() })),
});
export type EvaluationRow = z.infer<typeof evaluationRowSchema>;

export const fairnessGroupSchema = z.object({
  group: z.string(),
  count: z.number(),
  selectionRate: z.number(),
  /** 0 for a group with no positive labels, as Fairlearn counts it (the report's warnings say so) */
  truePositiveRate: z.number(),
  /** 0 for a group with no negative labels */
  falsePositiveRate: z.number(),
});

export const fairnessReportViewSchema = z.object({
  attribute: z.string(),
  reportId: z.string(),
  recordedAt: z.iso.datetime(),
  rowCount: z.number().int(),
  groups: z.array(fairnessGroupSchema),
  demographicParityDifference: z.number(),
  disparateImpactRatio: z.number().nullable(),
  equalizedOddsDifference: z.number(),
  /** what the computation had to assume, e.g. a group with no positive labels */
  warnings: z.array(z.string()),
});
export type FairnessReportView = z.infer<typeof fairnessReportViewSchema>;

const thresholdSource = z.object({
  policyId: z.string(),
  policyName: z.string(),
  mode: z.enum(PolicyMode),
  targetStage: z.enum(Stage),
  ruleId: z.string(),
});

export const fairnessThresholdSchema = thresholdSource.extend({
  bound: z.enum(["max", "min"]),
  metric: z.enum(FAIRNESS_METRICS),
  threshold: z.number(),
  attribute: z.string().nullable(),
});

export const driftPointSchema = z.object({
  /** start of the bucket */
  at: z.iso.datetime(),
  avg: z.number().nullable(),
  max: z.number().nullable(),
  /** observations in the bucket */
  count: z.number().int(),
});

export const driftSeriesSchema = z.object({
  feature: z.string(),
  metric: z.string(),
  points: z.array(driftPointSchema),
  /** the lowest warning (SHADOW policies) and alert (ENFORCE policies) threshold; PSI: 0.1 / 0.2 when no policy sets one */
  warn: z.number().nullable(),
  alert: z.number().nullable(),
  thresholds: z.array(
    z.object({ level: z.enum(["warn", "alert"]), value: z.number(), source: thresholdSource.nullable() }),
  ),
});
export type DriftSeries = z.infer<typeof driftSeriesSchema>;

export const versionMetricsSchema = z.object({
  version: versionRef,
  /** the first lineage parent (edges in creation order) */
  parent: versionRef.nullable(),
  /** the root of the first-parent chain, when it is a BASE model's version */
  base: versionRef.nullable(),
  evaluations: z.array(evaluationRowSchema),
  fairness: z.object({
    reports: z.array(fairnessReportViewSchema),
    thresholds: z.array(fairnessThresholdSchema),
    /** the four-fifths rule: a disparate impact ratio below it flags adverse impact */
    fourFifths: z.number(),
  }),
  drift: z.object({
    from: z.iso.datetime(),
    to: z.iso.datetime(),
    bucket: z.object({ iso: z.string(), seconds: z.number().int() }),
    series: z.array(driftSeriesSchema),
  }),
});
export type VersionMetrics = z.infer<typeof versionMetricsSchema>;
