import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requirePermission, type Permission, type Principal } from "@/lib/auth/permissions";
import { unauthorized, type FieldErrors } from "@/lib/errors";
import { getSessionPrincipal } from "@/lib/server/auth/current-user";
import { errorResponse, toAppError } from "@/lib/server/http/with-api";
import { fieldErrorsOf } from "@/lib/validation";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; message: string; fieldErrors: FieldErrors };

/**
 * The one way a form reaches a service: parse (zod) -> authenticate -> authorise -> call -> revalidate.
 * Errors come back as values with every field message, so the form can show each next to its field.
 */
export function action<S extends z.ZodType, T>(
  schema: S,
  options: { permission: Permission; revalidate?: string[] },
  run: (input: z.infer<S>, principal: Principal) => Promise<T>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success)
      return {
        ok: false,
        message: "Please correct the highlighted fields",
        fieldErrors: fieldErrorsOf(parsed.error),
      };
    try {
      const principal = await getSessionPrincipal();
      if (!principal) throw unauthorized("Your session has ended; sign in again");
      requirePermission(principal, options.permission);
      const data = await run(parsed.data, principal);
      for (const path of options.revalidate ?? []) revalidatePath(path);
      return { ok: true, data };
    } catch (error) {
      const appError = toAppError(error);
      if (!appError) {
        errorResponse(error); // logs it with context
        return {
          ok: false,
          message: "Something went wrong on our side; it has been logged",
          fieldErrors: {},
        };
      }
      return { ok: false, message: appError.message, fieldErrors: appError.fields ?? {} };
    }
  };
}
