import { z } from "zod";
import { idSchema } from "@/lib/schemas/common";

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 5;

/** `?v=<id>&v=<id>...`: 2 to 5 distinct version ids, in the order the columns show them. */
export const compareQuerySchema = z.strictObject({
  v: z
    .preprocess(
      (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
      z.array(idSchema),
    )
    .refine((ids) => ids.length >= MIN_COMPARED, `Pick at least ${MIN_COMPARED} versions`)
    .refine((ids) => ids.length <= MAX_COMPARED, `Pick at most ${MAX_COMPARED} versions`)
    .refine((ids) => new Set(ids).size === ids.length, "A version is listed twice"),
});
export type CompareQuery = { v?: string | string[] };

const compareRowSchema = z.object({
  key: z.string(),
  group: z.string().describe("The suite, the fairness attribute or the drift feature"),
  name: z.string().describe("The metric; for fairness DPD, DIR or EOD"),
  direction: z.enum(["higher", "lower"]).describe("Which way is better"),
  values: z.array(z.number().nullable()).describe("One per compared version, in the order of `versions`"),
  best: z.array(z.number().int()).describe("Indexes of the best values (none with fewer than two values)"),
});

/** The answer of `GET /api/v1/compare`. */
export const compareResponseSchema = z.object({
  versions: z.array(
    z.object({
      id: z.string(),
      version: z.number().int(),
      stage: z.string(),
      modelSlug: z.string(),
      modelName: z.string(),
      label: z.string(),
    }),
  ),
  evaluation: z.array(compareRowSchema),
  fairness: z.array(compareRowSchema),
  drift: z.array(compareRowSchema),
});

/** The query as documented: `v` repeated 2 to 5 times. */
export const compareQueryDocSchema = z.object({
  v: z
    .array(z.string())
    .min(MIN_COMPARED)
    .max(MAX_COMPARED)
    .describe("A version id; repeat the parameter for each version (2 to 5, no duplicates)"),
});
