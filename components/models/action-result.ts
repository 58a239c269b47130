/** What a server action built with `action()` answers; the browser only needs its shape. */
export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; message: string; fieldErrors: Record<string, string> };

/** The message for a field, or else the first one about something inside it (`tags.2`, `adapter.rank`). */
export function errorFor(errors: Record<string, string>, field: string): string | undefined {
  return errors[field] ?? Object.entries(errors).find(([key]) => key.startsWith(`${field}.`))?.[1];
}

/** The form's fields as trimmed strings, empty ones left out (the schemas read absent as "not given"). */
export function filledFields(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() !== "") values[name] = value.trim();
  }
  return values;
}

/** After a refused submit, take the keyboard to the first field that needs attention. */
export function focusFirstInvalid(form: HTMLFormElement | null) {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

/** A slug suggestion from a name or a Hugging Face id (`org/name` becomes `org--name`, as API.md suggests). */
export function suggestSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/\//g, "--")
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[^a-z0-9]+/, "")
    .replace(/-+$/, "")
    .slice(0, 100);
}
