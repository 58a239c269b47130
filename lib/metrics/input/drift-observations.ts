/**
 * Pre-computed drift observations pushed by a monitoring job, read into one array per column (the
 * shape a single INSERT ... SELECT FROM unnest takes). Every problem names the observation (its
 * 1-based position in the list) and the field.
 */
import { DriftMetric } from "@/generated/prisma/enums";
import { MetricInputError, ProblemList } from "../input-error";
import { DRIFT_LIMITS, readWindow } from "./drift-samples";

// The schema's enum is the one list of drift metrics; this file only reads it.
export const DRIFT_METRICS = Object.values(DriftMetric);
export type DriftMetricName = DriftMetric;

export const MAX_OBSERVATIONS_PER_REQUEST = 50_000;

export type ObservationColumns = {
  feature: string[];
  metric: DriftMetricName[];
  value: (number | null)[];
  /** ISO strings in UTC, as the timestamp columns store them */
  windowStart: string[];
  windowEnd: string[];
  referenceSize: (number | null)[];
  currentSize: (number | null)[];
};

const METRIC_SET = new Set<string>(DRIFT_METRICS);

function readSize(value: unknown, row: number, column: string, problems: ProblemList): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0 && value <= 2_147_483_647)
    return value;
  problems.add(row, column, "A whole number of values, 0 or more");
  return null;
}

export function readObservations(list: unknown): ObservationColumns {
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_OBSERVATIONS_PER_REQUEST)
    throw new MetricInputError([
      {
        row: null,
        column: "observations",
        message: `A list of 1 to ${MAX_OBSERVATIONS_PER_REQUEST} observations`,
      },
    ]);
  const problems = new ProblemList();
  const columns: ObservationColumns = {
    feature: [],
    metric: [],
    value: [],
    windowStart: [],
    windowEnd: [],
    referenceSize: [],
    currentSize: [],
  };
  // A batch repeats each window once per feature and metric: read each pair of instants once.
  const windows = new Map<string, { windowStart: string; windowEnd: string }>();
  for (const [index, raw] of list.entries()) {
    const row = index + 1;
    const item = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
    const { feature, metric, value } = item;
    if (typeof feature !== "string" || !feature.trim() || feature.length > DRIFT_LIMITS.text)
      problems.add(row, "feature", `Required: the feature's name (at most ${DRIFT_LIMITS.text} characters)`);
    if (typeof metric !== "string" || !METRIC_SET.has(metric))
      problems.add(row, "metric", `One of ${DRIFT_METRICS.join(", ")}`);
    if (value !== null && (typeof value !== "number" || !Number.isFinite(value)))
      problems.add(row, "value", "A finite number, or null when it could not be computed");
    const windowKey =
      typeof item.windowStart === "string" && typeof item.windowEnd === "string"
        ? `${item.windowStart}|${item.windowEnd}`
        : null;
    let window = windowKey === null ? undefined : windows.get(windowKey);
    if (!window) {
      const read = readWindow(item.windowStart, item.windowEnd, problems, row);
      if (read.windowStart && read.windowEnd && read.windowStart < read.windowEnd) {
        window = { windowStart: read.windowStart.toISOString(), windowEnd: read.windowEnd.toISOString() };
        if (windowKey !== null) windows.set(windowKey, window);
      }
    }
    const referenceSize = readSize(item.referenceSize, row, "referenceSize", problems);
    const currentSize = readSize(item.currentSize, row, "currentSize", problems);
    if (problems.full) break;
    if (problems.total > 0) continue;
    columns.feature.push((feature as string).trim());
    columns.metric.push(metric as DriftMetricName);
    columns.value.push(value as number | null);
    columns.windowStart.push(window!.windowStart);
    columns.windowEnd.push(window!.windowEnd);
    columns.referenceSize.push(referenceSize);
    columns.currentSize.push(currentSize);
  }
  problems.throwIfAny();
  return columns;
}
