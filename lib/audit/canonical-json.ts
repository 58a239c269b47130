/**
 * RFC 8785 (JSON Canonicalization Scheme) for values that came out of JSON: object keys sorted by
 * UTF-16 code units, no whitespace, numbers in ECMAScript's shortest round-trip form, strings
 * escaped as JSON.stringify does. A verifier in any language that implements JCS gets the same bytes.
 * (The `canonicalize` package does the same but ships ESM-only, which our CommonJS scripts cannot load.)
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value === "boolean" || typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError("canonical JSON has no spelling for NaN or Infinity");
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  // Default sort compares UTF-16 code units, which is what RFC 8785 asks for.
  const keys = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] as JsonValue)}`).join(",")}}`;
}

/** Turns anything a service may pass (Dates, bigints, undefined fields) into plain JSON values. */
export function toJsonValue(value: unknown): JsonValue {
  return JSON.parse(
    JSON.stringify(value, (_key, inner) => (typeof inner === "bigint" ? inner.toString() : inner)) ?? "null",
  ) as JsonValue;
}
