import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { actionFailure, type ActionResult } from "@/lib/action-result";
import { requirePermission, type Permission, type Principal } from "@/lib/auth/permissions";
import { unauthorized, validationError } from "@/lib/errors";
import { findUnsafeJson } from "@/lib/http/unsafe-input";
import { getSessionPrincipal } from "@/lib/server/auth/current-user";
import { errorResponse, toAppError } from "@/lib/server/http/with-api";
import { fieldErrorsOf } from "@/lib/validation";

export type { ActionResult };

/**
 * The one way a form reaches a service, in the order of checks withApi() keeps for the API:
 * authenticate (401) -> authorise the role (403) -> refuse unstorable text (400) -> parse (400) -> call
 * -> revalidate. Errors come back
 * as values with their code, every field message and their details (a `policy_blocked` refusal's
 * failing rules), so the form can show each where it belongs.
 */
export function action<S extends z.ZodType, T>(
  schema: S,
  options: { permission: Permission; revalidate?: string[] },
  run: (input: z.infer<S>, principal: Principal) => Promise<T>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    try {
      const principal = await getSessionPrincipal();
      if (!principal) throw unauthorized("Your session has ended; sign in again");
      requirePermission(principal, options.permission);
      // what PostgreSQL cannot store (a NUL, a lone surrogate) or nesting past our shapes, as for the API
      const unsafe = findUnsafeJson(raw);
      if (unsafe)
        throw validationError({ [unsafe.path]: unsafe.message }, "Please correct the highlighted fields");
      const parsed = schema.safeParse(raw);
      if (!parsed.success)
        throw validationError(fieldErrorsOf(parsed.error), "Please correct the highlighted fields");
      const data = await run(parsed.data, principal);
      for (const path of options.revalidate ?? []) revalidatePath(path);
      return { ok: true, data };
    } catch (error) {
      const appError = toAppError(error);
      if (!appError) {
        errorResponse(error); // logs it with context
        return actionFailure("internal", "Something went wrong on our side; it has been logged");
      }
      return {
        ok: false,
        code: appError.code,
        message: appError.message,
        fields: appError.fields ?? {},
        ...(appError.details !== undefined ? { details: appError.details } : {}),
      };
    }
  };
}
