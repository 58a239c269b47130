/**
 * The words of validation messages that no schema words itself: a person reads them beside a field's
 * label (and the error summary puts the label first), so they say what is wrong in plain terms instead
 * of zod's "Invalid input: expected string, received undefined". Loaded by lib/schemas/common.ts, which
 * every schema module imports.
 */
import { z } from "zod";

const EXPECTED: Record<string, string> = {
  string: "Must be text",
  number: "Must be a number",
  int: "Must be a whole number",
  boolean: "Must be true or false",
  array: "Must be a list",
  object: "Must be an object",
  date: "Must be a date",
};

z.config({
  customError: (issue) => {
    if (issue.code !== "invalid_type") return undefined;
    if (issue.input === undefined) return "Required";
    return EXPECTED[issue.expected] ?? undefined;
  },
});

/** A choice's message: "Required" when nothing was chosen, else the values it may take. */
export const oneOf = (values: Record<string, string> | readonly string[]) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined || issue.input === ""
      ? "Required"
      : `One of ${Object.values(values).join(", ")}`,
});
