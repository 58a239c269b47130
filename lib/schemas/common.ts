import { z } from "zod";

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
