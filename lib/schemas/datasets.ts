import { z } from "zod";
import { LegalBasis } from "@/generated/prisma/enums";
import { oneOf, optionalText, paginationSchema, slugSchema } from "@/lib/schemas/common";
import { nameText } from "@/lib/schemas/names";
import {
  requiredText,
  searchSchema,
  teamIdSchema,
  unknownFieldsError,
  wholeNumber,
  whenValid,
} from "@/lib/schemas/registry";

export const legalBasisSchema = z.enum(LegalBasis, oneOf(LegalBasis));

export const createDatasetSchema = z.strictObject(
  {
    slug: slugSchema,
    name: nameText(200),
    source: requiredText(2000),
    license: requiredText(100),
    description: optionalText(10_000),
    teamId: teamIdSchema,
  },
  unknownFieldsError,
);
export type CreateDatasetInput = z.input<typeof createDatasetSchema>;

export const createDatasetVersionSchema = z
  .strictObject(
    {
      label: z.preprocess(
        (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
        nameText(100).optional(),
      ),
      checksum: z.preprocess(
        (v) => (v === "" ? undefined : v),
        z
          .string({ error: "Must be text" })
          .trim()
          .max(200, "At most 200 characters")
          .regex(/^[A-Za-z0-9:+/=_.-]+$/, "A digest such as sha256:9f86d0...")
          .optional(),
      ),
      rows: wholeNumber(0, Number.MAX_SAFE_INTEGER).optional(),
      containsPersonalData: z.boolean({
        error: (issue) => (issue.input === undefined ? "Required" : "true or false"),
      }),
      personalDataCategories: z
        .array(
          z.string({ error: "Must be text" }).trim().min(1, "Required").max(100, "At most 100 characters"),
        )
        .max(50, "At most 50 categories")
        .optional(),
      legalBasis: legalBasisSchema.optional(),
      retentionDays: wholeNumber(1, 36_500, "36,500 (100 years)").optional(),
      region: optionalText(100),
    },
    unknownFieldsError,
  )
  .refine((v) => !v.containsPersonalData || v.legalBasis !== undefined, {
    path: ["legalBasis"],
    message: "Required when the data contains personal data",
    ...whenValid("containsPersonalData", "legalBasis"),
  })
  .refine((v) => v.containsPersonalData || !v.personalDataCategories?.length, {
    path: ["personalDataCategories"],
    message: "Only when the data contains personal data",
    ...whenValid("containsPersonalData", "personalDataCategories"),
  });
export type CreateDatasetVersionInput = z.input<typeof createDatasetVersionSchema>;

export const listDatasetsQuerySchema = paginationSchema.extend({
  q: searchSchema.describe("Matches the dataset's slug or name"),
  team: z.string().trim().max(100).optional().describe("The owning team's slug or id"),
  containsPersonalData: z
    .enum(["true", "false"], { error: "true or false" })
    .transform((v) => v === "true")
    .optional()
    .describe("Datasets with (or without) a version that contains personal data"),
});
export type ListDatasetsQuery = z.input<typeof listDatasetsQuerySchema>;
