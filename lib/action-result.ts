/**
 * What a server action built with `action()` (lib/server/http/action.ts) answers: the one result type of
 * every form. Plain data, so client components share it without touching server code. A refusal carries
 * what the API's error body carries: the error's code (so a form can tell `policy_blocked` from
 * `conflict`), its message, every field message, and its details (for `policy_blocked`, the failing rules).
 */
import type { ErrorCode, FieldErrors } from "@/lib/errors";

export type ActionFailure = {
  ok: false;
  code: ErrorCode | "internal";
  message: string;
  fields: FieldErrors;
  details?: Record<string, unknown>;
};
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

export type ServerAction<I, T> = (input: I) => Promise<ActionResult<T>>;

/** A refusal answered before the action runs (an id in the address that cannot name anything). */
export const actionFailure = (
  code: ActionFailure["code"],
  message: string,
  fields: FieldErrors = {},
): ActionFailure => ({ ok: false, code, message, fields });

/** The message for a field, or else the first one about something inside it (`tags.2`, `adapter.rank`). */
export function fieldError(errors: Record<string, string>, field: string): string | undefined {
  return errors[field] ?? Object.entries(errors).find(([key]) => key.startsWith(`${field}.`))?.[1];
}
