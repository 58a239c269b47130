/** Form helpers shared by the registry's forms; the action result type lives in lib/action-result.ts. */

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

/** A slug suggestion from a name or a Hugging Face id (`org/name` becomes `org--name`, see docs/api-conventions.md). */
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
