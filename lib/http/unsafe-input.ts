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

/**
 * The first unsafe place in a parsed JSON value: a key or string with unsafe text, or nesting past
 * MAX_JSON_DEPTH. Iterative, so a hostile depth cannot overflow the stack here either.
 */
export function findUnsafeJson(value: unknown, maxDepth = MAX_JSON_DEPTH): UnsafeFinding | null {
  const stack: { value: unknown; path: string[]; depth: number }[] = [{ value, path: [], depth: 0 }];
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop()!;
    const at = path.length ? path.join(".") : "body";
    if (typeof current === "string") {
      const reason = unsafeTextReason(current);
      if (reason) return { path: at, message: reason };
      continue;
    }
    if (typeof current !== "object" || current === null) continue;
    if (depth >= maxDepth) return { path: at, message: `Nested more than ${maxDepth} levels deep` };
    const entries = Array.isArray(current)
      ? current.map((item, index) => [String(index), item] as const)
      : Object.entries(current);
    for (const [key, item] of entries) {
      const reason = unsafeTextReason(key);
      if (reason) return { path: [...path, "(key)"].join("."), message: reason };
      stack.push({ value: item, path: [...path, key], depth: depth + 1 });
    }
  }
  return null;
}
