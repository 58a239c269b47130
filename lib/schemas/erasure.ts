import { z } from "zod";
import { ErasureDisposition, ErasureStatus, Stage } from "@/generated/prisma/enums";
import { idSchema, oneOf, optionalText, page, paginationSchema, timeBound } from "@/lib/schemas/common";

/** A due date: an ISO timestamp with a zone, or a bare date meaning the end of that day in UTC. */
const dueAtSchema = timeBound("end", "A due date such as 2026-12-31").refine(
  (date) => date.getUTCFullYear() <= 9999,
  "A due date before the year 10000",
);

/** `POST /api/v1/erasure-requests` and the form on a dataset version. The due date must lie ahead (checked by the service). */
export const createErasureRequestSchema = z.strictObject({
  datasetVersionId: idSchema,
  subjectReference: z
    .string({ error: "Who the data is about (an e-mail, a customer id...)" })
    .trim()
    .min(1, "Who the data is about (an e-mail, a customer id...)")
    .max(500, "At most 500 characters"),
  dueAt: dueAtSchema,
  reason: optionalText(4000),
});
export type CreateErasureRequestInput = z.input<typeof createErasureRequestSchema>;

/** `POST /api/v1/erasure-requests/{id}/dispositions`: NO_ACTION must say why. */
export const erasureDispositionSchema = z
  .strictObject({
    versionId: idSchema,
    disposition: z.enum(ErasureDisposition, oneOf(ErasureDisposition)),
    reason: optionalText(4000),
  })
  .superRefine((value, ctx) => {
    if (value.disposition === "NO_ACTION" && !value.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Say why no action is needed" });
  });
export type ErasureDispositionInput = z.input<typeof erasureDispositionSchema>;

export const erasureListQuerySchema = paginationSchema.extend({
  status: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.enum(ErasureStatus, oneOf(ErasureStatus)).optional(),
  ),
});

const person = z.object({ id: z.string(), name: z.string() }).nullable();

export const erasureAffectedSchema = z.object({
  versionId: z.string(),
  model: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  version: z.number().int(),
  stage: z.enum(Stage),
  via: z.enum(["direct", "descendant"]),
  team: z.object({ id: z.string(), name: z.string() }),
  owner: person.describe("who created the model"),
  disposition: z.enum(ErasureDisposition).nullable(),
  reason: z.string().nullable(),
  decidedBy: person,
  decidedAt: z.iso.datetime().nullable(),
  promotionRequestId: z.string().nullable().describe("the ARCHIVED promotion request a RETIRE opened"),
});

export const erasureRequestSchema = z.object({
  id: z.string(),
  status: z.enum(ErasureStatus),
  subjectReference: z.string(),
  reason: z.string(),
  datasetVersion: z.object({
    id: z.string(),
    version: z.number().int(),
    dataset: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  }),
  dueAt: z.iso.datetime(),
  overdue: z.boolean(),
  createdAt: z.iso.datetime(),
  closedAt: z.iso.datetime().nullable(),
  requestedBy: person,
  affected: z.array(erasureAffectedSchema),
});
export const erasureRequestBodySchema = z.object({ erasureRequest: erasureRequestSchema });

export const erasureSummarySchema = erasureRequestSchema.omit({ affected: true }).extend({
  affectedCount: z.number().int(),
  undecidedCount: z.number().int(),
});
export const erasurePageSchema = page(erasureSummarySchema);
