import { z } from "zod";
import { idSchema } from "@/lib/schemas/common";

/**
 * Field rules shared by the model, version and dataset schemas: one spelling of each limit, so a form,
 * the REST API and the OpenAPI document all say the same thing.
 */

/** A required string whose absence reads "Required" rather than zod's type message. */
export const requiredText = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? "Required" : "Must be text") })
    .trim()
    .min(1, "Required")
    .max(max, `At most ${max} characters`);

/**
 * For PATCH bodies: absent leaves the field alone, `null` or an empty string clears it.
 * (optionalText turns "" into "absent", which would make a cleared form field a no-op.)
 */
export const clearableText = (max: number) =>
  z
    .union([z.string().trim().max(max, `At most ${max} characters`), z.null()], {
      error: "Must be text or null",
    })
    .transform((value) => (value === null || value === "" ? null : value))
    .optional();

/** Bodies reject fields they do not know: a typo must not silently drop a fact that can never be added later. */
export const unknownFieldsError = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === "unrecognized_keys" ? `Unknown field(s): ${(issue.keys ?? []).join(", ")}` : undefined,
};

/**
 * Runs a cross-field check whenever the fields it reads parsed, even if other fields failed (zod skips
 * refinements of an object with issues otherwise), so a client sees every message at once.
 */
export const whenValid = (...fields: string[]) => ({
  when: (payload: { issues: { code?: string; path?: PropertyKey[] }[] }) =>
    payload.issues.every((issue) =>
      issue.path?.length
        ? !fields.includes(String(issue.path[0]))
        : // the value itself is not an object (null, a list): it has no fields to compare
          issue.code !== "invalid_type",
    ),
});

/**
 * A whole number in [min, max]. Not zod's `.int()`: a failed `.int()` aborts the whole object, hiding the
 * messages of cross-field checks; a refinement does not. The meta keeps `integer` in the OpenAPI document.
 */
export const wholeNumber = (min: number, max: number, maxText = max.toLocaleString("en-US")) =>
  z
    .number({ error: "Must be a number" })
    .min(min, `At least ${min}`)
    .max(max, `At most ${maxText}`)
    .refine(Number.isInteger, "Must be a whole number")
    .meta({ type: "integer" });

const SLUG_LIKE = /^[a-z0-9][a-z0-9._-]*$/;

export const tagSchema = z
  .string({ error: "Must be text" })
  .trim()
  .toLowerCase()
  .min(1, "Required")
  .max(50, "At most 50 characters")
  .regex(SLUG_LIKE, "Lowercase letters, digits, '.', '_' and '-', starting with a letter or digit");

/**
 * At most 32 tags. Duplicates are collapsed by the services, not here: a transform that fails aborts the
 * object's cross-field checks, which would hide their messages.
 */
export const tagsSchema = z.array(tagSchema, { error: "Must be a list of tags" }).max(32, "At most 32 tags");

/** Keeps the first of each value, in order. */
export const distinct = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** A family such as `llama`, `mistral`, `qwen2`: normalised to lowercase so filters match. */
export const baseFamilySchema = z
  .string({ error: "Must be text" })
  .trim()
  .toLowerCase()
  .min(1, "Required")
  .max(100, "At most 100 characters")
  .regex(SLUG_LIKE, "Lowercase letters, digits, '.', '_' and '-', starting with a letter or digit");

/** The owning team: optional when the caller belongs to exactly one team (see resolveOwningTeam). */
export const teamIdSchema = idSchema.optional();

/** Free-text search: case-insensitive substring. */
export const searchSchema = z.string().trim().max(200, "At most 200 characters").optional();

/** UTF-8 size; TextEncoder rather than Buffer so the schemas also run in the browser. */
export const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;
