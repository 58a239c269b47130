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
