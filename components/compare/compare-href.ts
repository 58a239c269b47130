/** `/compare?v=a&v=b`: the comparison lives in its URL so it can be shared. */
export function compareHref(ids: readonly string[], extra: Record<string, string> = {}): string {
  const query = new URLSearchParams();
  for (const id of ids) query.append("v", id);
  for (const [key, value] of Object.entries(extra)) if (value) query.set(key, value);
  return query.size ? `/compare?${query}` : "/compare";
}
