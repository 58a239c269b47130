/**
 * MLflow names may hold spaces, capitals and punctuation; our slugs may not. The model keeps its MLflow
 * name as its name, and gets a slug derived from it: lowercased, runs of other characters as one '-',
 * made unique with a numeric suffix when taken.
 */
const MAX = 100;

export function slugBase(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[^a-z0-9]+/, "")
    .replace(/-+$/, "")
    .slice(0, MAX - 8)
    .replace(/[-._]+$/, "");
  return base || "model";
}

/** The first of base, base-2, base-3, ... that is not taken. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
