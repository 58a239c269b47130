/**
 * What a server action built with `action()` (lib/server/http/action.ts) answers. Plain data, so client
 * components share the type without touching server code. A refusal keeps the error's code (so a form
 * can tell `policy_blocked` from `conflict`), every field message, and the error's details (for
 * `policy_blocked`, the failing rules).
 */
import type { ErrorCode, FieldErrors } from "@/lib/errors";

export type ActionFailure = {
  ok: false;
  code: ErrorCode | "internal";
  message: string;
  fieldErrors: FieldErrors;
  details?: Record<string, unknown>;
};
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

export type ServerAction<I, T> = (input: I) => Promise<ActionResult<T>>;

/** The message for a field, or else the first one about something inside it (`tags.2`, `adapter.rank`). */
export function fieldError(errors: Record<string, string>, field: string): string | undefined {
  return errors[field] ?? Object.entries(errors).find(([key]) => key.startsWith(`${field}.`))?.[1];
}
