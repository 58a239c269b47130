/**
 * Input PostgreSQL or Prisma cannot take, found before it reaches them (each would be a 500 there): a
 * NUL character (PostgreSQL text refuses it: 22021), a lone UTF-16 surrogate (not valid UTF-8), and JSON
 * nested deeper than any of our shapes (Prisma gives up at about 120 levels; a recursive walk at ten
 * thousand overflows the stack). Pure: the API wrapper turns a finding into a 400 naming the field.
 */
export const MAX_JSON_DEPTH = 32;

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text cannot be stored, or null when it can. */
export function unsafeTextReason(text: string): string | null {
  if (text.includes("\u0000")) return "Contains a NUL character, which cannot be stored";
  if (LONE_SURROGATE.test(text)) return "Contains an unpaired UTF-16 surrogate, which is not valid text";
  return null;
}

export type UnsafeFinding = { path: string; message: string };

// A node still to look at: its path is kept as a link to its parent and built only for a finding,
// so a clean 10,000-row body costs one small object per value rather than a copied path each.
type Pending = { value: unknown; key: string | null; parent: Pending | null; depth: number };

function pathOf(node: Pending, last?: string): string {
  const keys: string[] = last === undefined ? [] : [last];
  for (let at: Pending | null = node; at && at.key !== null; at = at.parent) keys.unshift(at.key);
  return keys.length ? keys.join(".") : "body";
}

/**
 * The first unsafe place in a parsed JSON value: a key or string with unsafe text, or nesting past
 * MAX_JSON_DEPTH. Iterative, so a hostile depth cannot overflow the stack here either.
 */
export function findUnsafeJson(value: unknown, maxDepth = MAX_JSON_DEPTH): UnsafeFinding | null {
  const stack: Pending[] = [{ value, key: null, parent: null, depth: 0 }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const current = node.value;
    if (typeof current === "string") {
      const reason = unsafeTextReason(current);
      if (reason) return { path: pathOf(node), message: reason };
      continue;
    }
    if (typeof current !== "object" || current === null) continue;
    if (node.depth >= maxDepth)
      return { path: pathOf(node), message: `Nested more than ${maxDepth} levels deep` };
    const depth = node.depth + 1;
    if (Array.isArray(current)) {
      for (let index = 0; index < current.length; index++)
        stack.push({ value: current[index], key: String(index), parent: node, depth });
      continue;
    }
    for (const key in current) {
      if (!Object.hasOwn(current, key)) continue;
      const reason = unsafeTextReason(key);
      if (reason) return { path: pathOf(node, "(key)"), message: reason };
      stack.push({ value: (current as Record<string, unknown>)[key], key, parent: node, depth });
    }
  }
  return null;
}
