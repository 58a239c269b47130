import { z } from "zod";
import "./messages";

export { oneOf } from "./messages";

/** docs/api-conventions.md: lowercase `[a-z0-9][a-z0-9._-]*`, at most 100 characters. */
export const slugSchema = z
  .string()
  .trim()
  .min(1, "Required")
  .max(100, "At most 100 characters")
  .regex(
    /^[a-z0-9][a-z0-9._-]*$/,
    "Lowercase letters, digits, '.', '_' and '-', starting with a letter or digit",
  );

export const idSchema = z.string().trim().min(1, "Required").max(64, "Not a valid id");

/** `?limit=` (default 50, at most 200: more is a 400, not a silent clamp) and `?cursor=`. */
export const paginationSchema = z.object({
  limit: z.coerce
    .number()
    .int("Must be a whole number")
    .min(1, "At least 1")
    .max(200, "At most 200")
    .default(50),
  cursor: z.string().max(500).optional(),
});
export type Pagination = z.infer<typeof paginationSchema>;

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

/** Optional text from a form: an empty field means "not given". */
export const optionalText = (max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().trim().max(max, `At most ${max} characters`).optional(),
  );

/** A query field left empty (`?actor=`, or an empty form field) means "no filter". */
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;
export const optionalFilter = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToUndefined, schema.optional());

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = "Use an ISO 8601 date (2026-01-31) or a timestamp with a zone (2026-01-31T12:00:00Z)";

/**
 * A bound of the time range. A bare date means the whole day in UTC: `from` starts at its first
 * millisecond and `to` ends at its last, so `from=to=2026-01-31` is that one day.
 */
export const timeBound = (edge: "start" | "end", required?: string) =>
  z
    .string(required ? { error: required } : undefined)
    .trim()
    .refine(
      (value) =>
        DATE_ONLY.test(value)
          ? z.iso.date().safeParse(value).success
          : z.iso.datetime({ offset: true }).safeParse(value).success,
      DATE_MESSAGE,
    )
    .transform((value) => {
      if (!DATE_ONLY.test(value)) return new Date(value);
      const start = new Date(`${value}T00:00:00.000Z`);
      return edge === "start" ? start : new Date(start.getTime() + 86_400_000 - 1);
    });

/** `to` not before `from`, reported on `to`. */
export const checkRange = (value: { from?: Date; to?: Date }, ctx: z.RefinementCtx) => {
  if (value.from && value.to && value.to < value.from)
    ctx.addIssue({ code: "custom", path: ["to"], message: "Must not be before from" });
};
