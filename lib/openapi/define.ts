import { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";

/**
 * One entry per endpoint. Request and response shapes are the same zod schemas the handlers parse with,
 * so the document cannot drift from the code.
 */
export type Operation = {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** OpenAPI path, e.g. `/models/{slug}` (relative to /api/v1) */
  path: string;
  summary: string;
  tag: string;
  /** null: no authentication (health, the document itself) */
  permission: Permission | null;
  pathParams?: Record<string, string>;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** `multipart/form-data` bodies, described by name -> description */
  multipart?: Record<string, string>;
  /** text bodies (CSV, markdown), described by content type -> description */
  textBodies?: Record<string, string>;
  success: { status: number; description: string; schema?: z.ZodType; contentType?: string };
  /** extra error statuses beyond the ones every authenticated endpoint has */
  errors?: number[];
  /** error answers whose body says more than the shared error body (a 422's failing rules) */
  errorBodies?: Partial<Record<number, { description: string; schema: z.ZodType }>>;
};

export const defineOperations = (operations: Operation[]) => operations;

/** Path parameters that several groups of operations share, described once. */
export const PATH_PARAMS = {
  version: { id: "The version's id" },
  model: { slug: "The model's slug" },
  dataset: { id: "The dataset's id (or its slug)" },
  policy: { id: "The policy's key (its id in every answer)" },
  promotionRequest: { id: "The promotion request's id" },
} as const;

/** An error answer that says more than the shared error body: its code, its message and `extra` fields. */
export const errorBodyOf = <T extends z.ZodRawShape>(code: string, extra: T) =>
  z.object({ error: z.object({ code: z.literal(code), message: z.string(), ...extra }) });
