/** What a server action built with `action()` answers; components only see its shape, never the server code. */
export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; message: string; fieldErrors: Record<string, string> };

export type ServerAction<I, T> = (input: I) => Promise<ActionResult<T>>;

/** The first message for a field, including messages about its items (`roles.0`, `scopes.1`). */
export function fieldError(errors: Record<string, string>, field: string): string | undefined {
  return errors[field] ?? Object.entries(errors).find(([key]) => key.startsWith(`${field}.`))?.[1];
}
