/**
 * Reading typed text into the values a registration needs. Each reader answers a value, `undefined` for
 * an empty field, or an error message for the field.
 */
export type Read<T> = { value: T | undefined } | { error: string };

const empty = (text: string) => text.trim() === "";

export function readNumber(text: string): Read<number> {
  if (empty(text)) return { value: undefined };
  const value = Number(text.trim());
  return Number.isFinite(value) ? { value } : { error: "Must be a number" };
}

const SCALE: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

/**
 * A count as people write it: `8030261248`, `8,030,261,248`, `8_030_261_248` or `8.03B` (K, M, B, T).
 * A negative count is read as it is, so the schema's bound ("At least 1") answers it; other text gets
 * the field's own example (`e.g. 8`, not the parameter count's `8.03B` under a GPU count).
 */
export function readCount(text: string, example: string): Read<number> {
  if (empty(text)) return { value: undefined };
  const match = /^(-?\d+(?:\.\d+)?)\s*([KMBT])?$/i.exec(text.trim().replace(/[,_\s](?=\d{3}(?!\d))/g, ""));
  if (!match) return { error: `A whole number, e.g. ${example}` };
  const value = Number(match[1]) * (match[2] ? SCALE[match[2].toUpperCase()]! : 1);
  return { value: Math.round(value) };
}

/** The JSON editor's rule: empty, or a JSON object. The message says where JSON.parse stopped. */
export function readJsonObject(text: string): Read<Record<string, unknown>> {
  if (empty(text)) return { value: undefined };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { error: `Not valid JSON: ${(error as Error).message}` };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    return { error: 'A JSON object, such as {"learning_rate": 0.0002}' };
  return { value: parsed as Record<string, unknown> };
}

/** Whole numbers 0 or more separated by commas or spaces (layer indices). */
export function readIndexList(text: string): Read<number[]> {
  const items = text.split(/[\s,]+/).filter(Boolean);
  if (items.length === 0) return { value: undefined };
  if (!items.every((item) => /^\d+$/.test(item)))
    return { error: "Layer numbers separated by commas, e.g. 0, 1, 2" };
  return { value: items.map(Number) };
}

/** A `datetime-local` value (the browser's time zone) as an ISO 8601 instant. */
export function readLocalDateTime(text: string): Read<string> {
  if (empty(text)) return { value: undefined };
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? { error: "A date and time" } : { value: date.toISOString() };
}

export const readText = (text: string): Read<string> => ({ value: empty(text) ? undefined : text.trim() });
