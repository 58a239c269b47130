/**
 * The ids an event names: its actor, its entity, and ids recorded in its `changes` under keys ending in
 * `Id` or `Ids` (`versionId`, `parents[].versionId`, `teamIds`), so one lookup can name them all.
 */
const ID_KEY = /Ids?$/;
const LOOKS_LIKE_ID = /^[A-Za-z0-9_-]{8,64}$/;

export function mentionedIds(changes: unknown, into = new Set<string>()): Set<string> {
  const stack: { value: unknown; idKey: boolean }[] = [{ value: changes, idKey: false }];
  while (stack.length > 0) {
    const { value, idKey } = stack.pop()!;
    if (typeof value === "string") {
      if (idKey && LOOKS_LIKE_ID.test(value)) into.add(value);
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, idKey });
    } else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, idKey: ID_KEY.test(key) });
    }
  }
  return into;
}

/** The names of the ids `changes` mentions, out of everything looked up for a page of events. */
export function namesIn(changes: unknown, names: ReadonlyMap<string, string>): Record<string, string> {
  const found: Record<string, string> = {};
  for (const id of mentionedIds(changes)) {
    const name = names.get(id);
    if (name !== undefined) found[id] = name;
  }
  return found;
}
