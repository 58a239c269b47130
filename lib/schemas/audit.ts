import { z } from "zod";
import { checkRange, optionalFilter, page, paginationSchema, timeBound } from "@/lib/schemas/common";

const ENTITY_TYPE = /^[a-z][a-z0-9_]*$/;
export const entityTypeSchema = z
  .string()
  .trim()
  .max(64, "At most 64 characters")
  .regex(ENTITY_TYPE, "A snake_case entity type, e.g. model_version");

/** `model_version` or `model_version:<id>`. */
const entityFilterSchema = z
  .string()
  .trim()
  .max(300, "At most 300 characters")
  .transform((value, ctx) => {
    const colon = value.indexOf(":");
    const type = colon === -1 ? value : value.slice(0, colon);
    const id = colon === -1 ? undefined : value.slice(colon + 1);
    if (!ENTITY_TYPE.test(type) || id === "") {
      ctx.addIssue({
        code: "custom",
        message: "Use an entity type (model_version) or type:id (model_version:abc123)",
      });
      return z.NEVER;
    }
    return { type, id };
  });

/** A user id, an e-mail address, or `system` for events the application wrote itself. */
const actorFilterSchema = z
  .string()
  .trim()
  .max(320, "At most 320 characters")
  .transform((value, ctx) => {
    if (value.toLowerCase() === "system") return { email: "system" } as const;
    if (value.includes("@")) {
      if (!z.email().safeParse(value).success) {
        ctx.addIssue({ code: "custom", message: "Not a valid e-mail address" });
        return z.NEVER;
      }
      return { email: value.toLowerCase() } as const;
    }
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(value)) {
      ctx.addIssue({ code: "custom", message: "Use a user id or an e-mail address" });
      return z.NEVER;
    }
    return { id: value } as const;
  });

/** Exact (`model.created`), or a prefix ending in `.` or `*` (`model_version.`, `model_version.*`, `model*`). */
const actionFilterSchema = z
  .string()
  .trim()
  .max(100, "At most 100 characters")
  .regex(
    /^[a-z0-9_]+(?:\.[a-z0-9_]+)*(?:\.\*?|\*)?$/,
    "Use an action (model.created) or a prefix ending in '.' or '*' (model_version.)",
  )
  .transform((value) => {
    if (value.endsWith("*")) return { prefix: value.slice(0, -1) } as const;
    if (value.endsWith(".")) return { prefix: value } as const;
    return { exact: value } as const;
  });

/** Sessions beginning and ending: many a day, so the trail leaves them out unless asked. */
export const SIGN_IN_ACTIONS = ["user.signed_in", "user.sign_in_failed", "user.signed_out"] as const;

const filterShape = {
  entity: optionalFilter(entityFilterSchema).describe("an entity type (`model_version`) or `type:id`"),
  actor: optionalFilter(actorFilterSchema).describe("a user id, an e-mail address, or `system`"),
  action: optionalFilter(actionFilterSchema).describe(
    "an action (`model.created`) or a prefix ending in `.` or `*` (`model_version.`)",
  ),
  from: optionalFilter(timeBound("start")).describe(
    "events at or after this ISO 8601 timestamp; a bare date starts at 00:00 UTC",
  ),
  to: optionalFilter(timeBound("end")).describe(
    "events at or before this ISO 8601 timestamp; a bare date ends at 23:59:59.999 UTC",
  ),
  signIns: optionalFilter(
    z.enum(["true", "false"], { error: "true or false" }).transform((v) => v === "true"),
  ).describe(
    `\`true\` includes sign-ins, failed sign-ins and sign-outs (${SIGN_IN_ACTIONS.join(", ")}), left out by default; an exact \`action\` filter naming one includes it too`,
  ),
};

/** The filters of the list and of the CSV export. */
export const auditFiltersSchema = z.object(filterShape).superRefine(checkRange);
export type AuditFilters = z.infer<typeof auditFiltersSchema>;

/** `GET /api/v1/audit`: the filters plus keyset pagination on seq (newest first). */
export const auditListQuerySchema = z
  .object({
    ...filterShape,
    limit: paginationSchema.shape.limit,
    cursor: optionalFilter(
      z.string().max(100, "Not a cursor this API returned").transform(decodeCursorOrIssue),
    ).describe("`nextCursor` of the previous page"),
  })
  .superRefine(checkRange);
export type AuditListQuery = z.infer<typeof auditListQuerySchema>;

/** `listEntityEvents(type, id, { limit })`: one entity's change log. */
export const entityEventsQuerySchema = z.object({
  entityType: entityTypeSchema,
  entityId: z.string().trim().min(1, "Required").max(200, "At most 200 characters"),
  limit: paginationSchema.shape.limit,
});

// The cursor is opaque to clients: base64url of "seq:<n>". btoa/atob rather than Buffer, so the codec
// also works in the browser.
export function encodeAuditCursor(seq: bigint | string): string {
  return btoa(`seq:${seq}`).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function decodeAuditCursor(cursor: string): bigint | null {
  try {
    const match = /^seq:(\d{1,19})$/.exec(atob(cursor.replace(/-/g, "+").replace(/_/g, "/")));
    return match ? BigInt(match[1]!) : null;
  } catch {
    return null;
  }
}

function decodeCursorOrIssue(cursor: string, ctx: z.core.$RefinementCtx<string>) {
  const seq = decodeAuditCursor(cursor);
  if (seq === null) {
    ctx.addIssue({ code: "custom", message: "Not a cursor this API returned" });
    return z.NEVER;
  }
  return seq;
}

export const auditEventSchema = z.object({
  id: z.string(),
  seq: z.string().describe("position in the chain, as a string (it is a 64-bit integer)"),
  occurredAt: z.iso.datetime(),
  actor: z
    .object({
      id: z.string().nullable(),
      email: z.string().nullable(),
      name: z.string().nullable().describe("the user's name today; null for the system or a removed user"),
    })
    .describe("`id` is null for events the application wrote itself (email `system`)"),
  action: z.string().describe("`<entity>.<past-tense verb>`, e.g. `model_version.promoted`"),
  entity: z.object({
    type: z.string(),
    id: z.string(),
    label: z
      .string()
      .nullable()
      .describe(
        "what the entity is: `support-bot v2`, `adapter_model.safetensors of support-bot v2`, `tickets@3`; null once it no longer exists",
      ),
  }),
  changes: z.unknown().describe("what changed; `{ field: { from, to } }` for updates"),
  references: z
    .record(z.string(), z.string())
    .describe("the ids `changes` mentions (under keys ending in Id or Ids), by what they are"),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEventDto = z.infer<typeof auditEventSchema>;

export const auditEventPageSchema = page(auditEventSchema);
export type AuditEventPage = z.infer<typeof auditEventPageSchema>;

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  events: z.number().int().describe("length of the whole chain"),
  firstBrokenAt: z.string().nullable().describe("id of the first event whose hash or link does not verify"),
});

/**
 * The /audit page's search params: the API's filters, with the entity split into the form's two fields
 * (type select, id box), so a filtered view is a shareable URL.
 */
export const AUDIT_FORM_FIELDS = [
  "entityType",
  "entityId",
  "actor",
  "action",
  "from",
  "to",
  "signIns",
] as const;
export type AuditFormValues = Partial<Record<(typeof AUDIT_FORM_FIELDS)[number], string>>;

export function auditFormValues(
  searchParams: Record<string, string | string[] | undefined>,
): AuditFormValues {
  const values: AuditFormValues = {};
  for (const field of AUDIT_FORM_FIELDS) {
    const raw = searchParams[field];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    if (value) values[field] = value;
  }
  return values;
}

/** The API query for the form's values; an id without a type cannot be looked up, so it is a field error. */
export function auditQueryOf(form: AuditFormValues): {
  query: Record<string, string>;
  fieldErrors: Record<string, string>;
} {
  const { entityType, entityId, ...rest } = form;
  const query: Record<string, string> = Object.fromEntries(Object.entries(rest).filter(([, value]) => value));
  if (entityType) query.entity = entityId ? `${entityType}:${entityId}` : entityType;
  const fieldErrors: Record<string, string> =
    entityId && !entityType ? { entityId: "Choose an entity type to look up an id" } : {};
  return { query, fieldErrors };
}

/** Field errors of the API query, keyed by the form field that shows them. */
export const formFieldOf = (apiField: string, form: AuditFormValues) =>
  apiField === "entity" ? (form.entityId ? "entityId" : "entityType") : apiField;
