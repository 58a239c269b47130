import { z } from "zod";
import {
  auditEventPageSchema,
  auditFiltersSchema,
  auditListQuerySchema,
  auditVerificationSchema,
} from "@/lib/schemas/audit";
import { defineOperations } from "../define";

export const auditOperations = defineOperations([
  {
    method: "get",
    path: "/audit",
    summary:
      "Audit events, newest first. `entity` is a type (`model_version`) or `type:id`; `actor` a user id, an e-mail or `system`; " +
      "`action` exact or a prefix ending in `.` or `*`; `from`/`to` ISO dates or timestamps (a bare date covers the whole UTC day; `to` must not be before `from`)",
    tag: "Audit",
    permission: "audit.read",
    query: auditListQuerySchema,
    success: {
      status: 200,
      description: "A page of events; pass `nextCursor` back as `cursor` for older ones",
      schema: auditEventPageSchema,
    },
  },
  {
    method: "get",
    path: "/audit/verify",
    summary:
      "Re-checks the whole hash chain (hash = sha256(prevHash + canonical JSON of the event); the first prevHash is 64 zeros)",
    tag: "Audit",
    permission: "audit.read",
    success: {
      status: 200,
      description: "`firstBrokenAt` is the id of the first event whose hash or link does not verify",
      schema: auditVerificationSchema,
    },
  },
  {
    method: "get",
    path: "/audit/export.csv",
    summary:
      "The events matching the same filters as `GET /audit`, as CSV (RFC 4180, newest first, streamed). Columns: " +
      "seq, occurred_at, actor_id, actor_email, action, entity_type, entity_id, changes (canonical JSON, as hashed), id, prev_hash, hash, " +
      "scheme, personal_digest, personal_changes (the personal values kept beside the chain, decision 011)",
    tag: "Audit",
    permission: "audit.read",
    query: auditFiltersSchema,
    success: {
      status: 200,
      description: "A CSV file (attachment)",
      contentType: "text/csv",
      schema: z.string(),
    },
  },
]);
