/**
 * Reference and current samples of one or more features, for the server to compute drift on. A
 * feature's samples are all numbers (numeric drift) or all text (categorical drift), the same kind on
 * both sides; NaN and Infinity are refused naming their row.
 */
import { MetricInputError, ProblemList } from "../input-error";

export type Sample = number[] | string[];
export type FeatureSamples = { feature: string; reference: Sample; current: Sample };
export type DriftWindow = { windowStart: Date; windowEnd: Date };

export const DRIFT_LIMITS = { values: 1_000_000, features: 200, text: 200 } as const;

const NON_FINITE = /^[+-]?(nan|inf|infinity)$/i;

/**
 * A sample from JSON values or CSV cells (`csvRows`: the cells are text, and these are their row
 * numbers). Numbers when every value is one; text when none is; otherwise each value that breaks the
 * majority kind is a problem.
 */
export function readSample(
  values: readonly unknown[],
  column: string,
  problems: ProblemList,
  csvRows?: readonly number[],
): Sample {
  const fromText = csvRows !== undefined;
  if (values.length > DRIFT_LIMITS.values) {
    problems.add(null, column, `At most ${DRIFT_LIMITS.values} values`);
    return [];
  }
  const asNumber = (value: unknown) =>
    typeof value === "number" && !fromText
      ? value
      : fromText && typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value))
        ? Number(value)
        : fromText && typeof value === "string" && NON_FINITE.test(value.trim())
          ? Number.NaN
          : null;
  const numbers = values.map(asNumber);
  const numeric = numbers.filter((n) => n !== null).length * 2 >= values.length;
  values.forEach((value, index) => {
    const n = numbers[index];
    const row = csvRows ? csvRows[index]! : index + 1;
    if (numeric && n === null)
      problems.add(row, column, `Not a number in a numeric sample: ${JSON.stringify(value)}`);
    else if (numeric && !Number.isFinite(n))
      problems.add(row, column, `Not a finite number: ${JSON.stringify(value)}`);
    else if (!numeric && typeof value !== "string")
      problems.add(
        row,
        column,
        `Expected text in a categorical sample, found ${JSON.stringify(value) ?? "nothing"}`,
      );
  });
  return numeric ? (numbers as number[]) : (values as string[]);
}

/** The pair's kinds agree, and neither side is empty. */
export function checkPair(pair: FeatureSamples, problems: ProblemList, prefix = "") {
  for (const side of ["reference", "current"] as const)
    if (pair[side].length === 0) problems.add(null, `${prefix}${side}`, "Required: at least one value");
  const kind = (sample: Sample) => (typeof sample[0] === "number" ? "numbers" : "text");
  if (pair.reference.length && pair.current.length && kind(pair.reference) !== kind(pair.current))
    problems.add(
      null,
      `${prefix}current`,
      `The reference of ${pair.feature} is ${kind(pair.reference)}, the current sample ${kind(pair.current)}`,
    );
}

/** A window from two ISO date-times: start before end. Problems are named by field. */
export function readWindow(start: unknown, end: unknown, problems: ProblemList, row: number | null = null) {
  const read = (value: unknown, column: string) => {
    const date = typeof value === "string" && value.trim() ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) {
      problems.add(row, column, "Required: an ISO 8601 date-time");
      return null;
    }
    return date;
  };
  const windowStart = read(start, "windowStart");
  const windowEnd = read(end, "windowEnd");
  if (windowStart && windowEnd && windowStart >= windowEnd)
    problems.add(row, "windowEnd", "Must be after windowStart");
  return { windowStart, windowEnd };
}

/** `{ feature, reference, current, windowStart, windowEnd }` or `{ features: [...], windowStart, windowEnd }`. */
export function readDriftSamplesJson(
  body: Record<string, unknown>,
): DriftWindow & { samples: FeatureSamples[] } {
  const problems = new ProblemList();
  const { windowStart, windowEnd } = readWindow(body.windowStart, body.windowEnd, problems);
  const entries = Array.isArray(body.features) ? body.features : [body];
  if (entries.length === 0 || entries.length > DRIFT_LIMITS.features)
    problems.add(null, "features", `Between 1 and ${DRIFT_LIMITS.features} features`);
  const samples = entries.slice(0, DRIFT_LIMITS.features).map((raw, index) => {
    const entry = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
    const prefix = Array.isArray(body.features) ? `features[${index}].` : "";
    const feature = typeof entry.feature === "string" ? entry.feature.trim() : "";
    if (!feature || feature.length > DRIFT_LIMITS.text)
      problems.add(
        null,
        `${prefix}feature`,
        `Required: the feature's name (at most ${DRIFT_LIMITS.text} characters)`,
      );
    const side = (name: "reference" | "current") => {
      const values = entry[name];
      if (Array.isArray(values)) return readSample(values, `${prefix}${name}`, problems);
      problems.add(null, `${prefix}${name}`, "Required: a list of numbers or of text");
      return [];
    };
    const pair = { feature, reference: side("reference"), current: side("current") };
    checkPair(pair, problems, prefix);
    return pair;
  });
  const features = samples.map((s) => s.feature);
  features.forEach((feature, index) => {
    if (feature && features.indexOf(feature) !== index)
      problems.add(null, `features[${index}].feature`, "Named twice");
  });
  problems.throwIfAny();
  if (!windowStart || !windowEnd)
    throw new MetricInputError([{ row: null, column: "windowStart", message: "Required" }]);
  return { windowStart, windowEnd, samples };
}
