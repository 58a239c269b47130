import { z } from "zod";
import { AlertKind, AlertSeverity, AlertStatus } from "@/generated/prisma/enums";
import { idSchema, paginationSchema } from "@/lib/schemas/common";
import { listAlertsQuerySchema } from "@/lib/schemas/alerts";

/** `POST /api/v1/alerts/{id}/acknowledge` and `/resolve`: an optional comment (the resolve form asks for one). */
export const alertActionSchema = z.object({
  comment: z.string({ error: "Must be text" }).trim().max(4000, "At most 4000 characters").optional(),
});
export type AlertActionInput = z.input<typeof alertActionSchema>;

/** The forms: the alert's id with the comment; resolving from the page needs a comment. */
export const acknowledgeAlertFormSchema = alertActionSchema.extend({ id: idSchema });
export const resolveAlertFormSchema = z.object({
  id: idSchema,
  comment: z
    .string({ error: "Say how it was resolved" })
    .trim()
    .min(1, "Say how it was resolved")
    .max(4000, "At most 4000 characters"),
});

/** `GET /api/v1/alerts`: the page's filters, paginated. */
export const listAlertsApiQuerySchema = paginationSchema.extend(
  listAlertsQuerySchema.pick({ kind: true, severity: true, status: true }).shape,
);
export type ListAlertsApiQuery = z.input<typeof listAlertsApiQuerySchema>;

const timestamp = z.iso.datetime();

export const alertSchema = z.object({
  id: z.string(),
  kind: z.enum(AlertKind),
  severity: z.enum(AlertSeverity),
  status: z.enum(AlertStatus),
  rule: z.string(),
  feature: z.string(),
  title: z.string(),
  details: z.unknown(),
  comment: z.string().nullable(),
  createdAt: timestamp,
  acknowledgedAt: timestamp.nullable(),
  resolvedAt: timestamp.nullable(),
  version: z
    .object({
      id: z.string(),
      version: z.number().int(),
      model: z.object({ slug: z.string(), name: z.string() }),
    })
    .nullable(),
});
export const alertResponseSchema = z.object({ alert: alertSchema });
