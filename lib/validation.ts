import { z } from "zod";
import { type FieldErrors, validationError } from "@/lib/errors";

/** Every issue, keyed by its dotted path (`parents.0.versionId`), so forms and clients see all of them at once. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_";
    fields[key] ??= issue.message;
  }
  return fields;
}

/** Parses or throws a validation_failed AppError carrying every field message. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(fieldErrorsOf(result.error));
  return result.data;
}
