import { z } from "zod";
import { ModelKind, RiskTier, Stage } from "@/generated/prisma/enums";
import { oneOf, optionalText, paginationSchema, slugSchema } from "@/lib/schemas/common";
import { nameText } from "@/lib/schemas/names";
import {
  baseFamilySchema,
  clearableText,
  searchSchema,
  tagSchema,
  teamIdSchema,
  unknownFieldsError,
} from "@/lib/schemas/registry";

export const modelKindSchema = z.enum(ModelKind, oneOf(ModelKind));
export const riskTierSchema = z.enum(RiskTier, oneOf(RiskTier));
export const stageSchema = z.enum(Stage, oneOf(Stage));

/** A Hugging Face id: `org/name`, or a bare `name` for the Hub's oldest models (`gpt2`, `bert-base-uncased`). */
export const hfIdSchema = z
  .string({ error: "Must be text" })
  .trim()
  .max(200, "At most 200 characters")
  .regex(
    /^(?:[A-Za-z0-9][A-Za-z0-9._-]*\/)?[A-Za-z0-9][A-Za-z0-9._-]*$/,
    "A Hugging Face id such as `gpt2` or `org/name`",
  );

export const createModelSchema = z.strictObject(
  {
    slug: slugSchema,
    name: nameText(200),
    kind: modelKindSchema,
    description: optionalText(10_000),
    license: optionalText(100),
    // the lowest tier until someone assesses it (also the column's default)
    riskTier: riskTierSchema.default("MINIMAL"),
    task: optionalText(100),
    intendedUse: optionalText(10_000),
    baseFamily: z.preprocess((v) => (v === "" ? undefined : v), baseFamilySchema.optional()),
    hfId: z.preprocess((v) => (v === "" ? undefined : v), hfIdSchema.optional()),
    teamId: teamIdSchema,
  },
  unknownFieldsError,
);
export type CreateModelInput = z.input<typeof createModelSchema>;

/** What may change on a model; its kind, slug and owning team never do (a 400 names them). */
export const updateModelSchema = z.strictObject(
  {
    name: nameText(200).optional(),
    description: clearableText(10_000),
    license: clearableText(100),
    riskTier: riskTierSchema.optional(),
    task: clearableText(100),
    intendedUse: clearableText(10_000),
    baseFamily: z
      .union([baseFamilySchema, z.literal(""), z.null()])
      .transform((value) => (value === "" ? null : value))
      .optional(),
    slug: z.never({ error: "The slug of a model cannot change" }).optional(),
    kind: z.never({ error: "The kind of a model cannot change; register a new model" }).optional(),
  },
  unknownFieldsError,
);
export type UpdateModelInput = z.input<typeof updateModelSchema>;

export const modelSortSchema = z.enum(["newest", "name"], { error: "One of newest, name" });

export const listModelsQuerySchema = paginationSchema.extend({
  kind: modelKindSchema.optional(),
  q: searchSchema,
  stage: stageSchema.optional().describe("Models with at least one version in this stage"),
  riskTier: riskTierSchema.optional(),
  team: z.string().trim().max(100).optional().describe("The owning team's slug or id"),
  baseFamily: baseFamilySchema.optional(),
  tag: tagSchema
    .optional()
    .describe(
      "Models with at least one version carrying this tag (the same version as `stage`, when both are given)",
    ),
  sort: modelSortSchema.default("newest"),
});
export type ListModelsQuery = z.input<typeof listModelsQuerySchema>;
