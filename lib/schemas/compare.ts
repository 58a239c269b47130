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
