import { z } from "zod";

/**
 * Key-value tags of models and versions, and aliases of versions (the MLflow API's tags and aliases),
 * with MLflow's own limits: keys up to 250 characters, values up to 5000, aliases of letters, digits,
 * '_' and '-' that cannot be read as a version (`v1`) or as `latest`.
 */
export const keyTagKeySchema = z
  .string({ error: "Must be text" })
  .min(1, "Required")
  .max(250, "At most 250 characters")
  .refine((key) => key.trim().length > 0, "Required")
  .refine((key) => !/[\u0000-\u001f\u007f]/.test(key), "No control characters");

export const keyTagValueSchema = z
  .string({ error: "Must be text" })
  .max(5000, "At most 5000 characters")
  .refine((value) => !value.includes("\u0000"), "No NUL characters");

export const keyTagSchema = z.object({ key: keyTagKeySchema, value: keyTagValueSchema });
export type KeyTag = z.infer<typeof keyTagSchema>;

/** Tags as stored: the last value given for a key wins, as in MLflow's own store. */
export const distinctKeyTags = (tags: readonly KeyTag[] = []): KeyTag[] => [
  ...new Map(tags.map((tag) => [tag.key, tag])).values(),
];

export const aliasSchema = z
  .string({ error: "Must be text" })
  .trim()
  .min(1, "Required")
  .max(255, "At most 255 characters")
  .regex(/^[A-Za-z0-9_-]+$/, "Letters, digits, '_' and '-' only")
  .refine((alias) => !/^v[0-9]+$/i.test(alias), "An alias such as 'v1' would read as a version")
  .refine((alias) => alias.toLowerCase() !== "latest", "'latest' is reserved for the latest version");
