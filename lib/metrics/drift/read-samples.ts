/**
 * Checks a reference and a current sample as they arrive from parsed JSON or CSV and turns them into
 * what the computations need: sorted Float64Arrays for numbers, arrays of strings for categories.
 * Problems are located by 1-based position (the row) and sample name (the column).
 */
import { ProblemList } from "../input-error";
import { sortFloats } from "./sort-floats";

export type Samples =
  | { kind: "numeric"; reference: Float64Array; current: Float64Array }
  | { kind: "categorical"; reference: readonly string[]; current: readonly string[] };

type Column = "reference" | "current";

export function readSamples(reference: readonly unknown[], current: readonly unknown[]): Samples {
  const problems = new ProblemList();
  const kind = kindOf(reference) ?? kindOf(current);
  for (const [column, sample] of [
    ["reference", reference],
    ["current", current],
  ] as const) {
    if (!Array.isArray(sample) || sample.length === 0)
      problems.add(null, column, `The ${column} sample is empty`);
    else if (kind) checkValues(sample, column, kind, problems);
  }
  if (!kind && problems.total === 0)
    problems.add(1, "reference", "Values must be numbers (a numeric feature) or strings (a categorical one)");
  problems.throwIfAny();
  if (kind === "categorical")
    return { kind, reference: reference as readonly string[], current: current as readonly string[] };
  return {
    kind: "numeric",
    reference: sortedCopy(reference as readonly number[]),
    current: sortedCopy(current as readonly number[]),
  };
}

function kindOf(sample: readonly unknown[]): "numeric" | "categorical" | null {
  if (!Array.isArray(sample) || sample.length === 0) return null;
  const first = sample[0];
  return typeof first === "number" ? "numeric" : typeof first === "string" ? "categorical" : null;
}

function checkValues(
  sample: readonly unknown[],
  column: Column,
  kind: "numeric" | "categorical",
  problems: ProblemList,
) {
  for (let i = 0; i < sample.length; i++) {
    const value = sample[i];
    if (kind === "numeric") {
      if (typeof value !== "number")
        problems.add(i + 1, column, `Expected a number like the rest of the feature, got ${describe(value)}`);
      else if (!Number.isFinite(value)) problems.add(i + 1, column, `Expected a finite number, got ${value}`);
    } else if (typeof value !== "string")
      problems.add(
        i + 1,
        column,
        `Expected a category (a string) like the rest of the feature, got ${describe(value)}`,
      );
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string")
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

function sortedCopy(values: readonly number[]): Float64Array {
  return sortFloats(Float64Array.from(values));
}
