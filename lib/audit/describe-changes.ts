/**
 * How an event's `changes` reads to a person. Updates are recorded as `{ field: { from, to } }` and read
 * as "field: from -> to"; anything else (the fields of a created record, free-form details) is kept as
 * JSON for a collapsible block, with a one-line summary for tables.
 */
export type FieldChange = { field: string; from: string; to: string };
export type ChangesDescription = { fieldChanges: FieldChange[]; other: unknown; summary: string };

const SUMMARY_MAX = 140;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isFromTo = (value: unknown): value is { from: unknown; to: unknown } =>
  isPlainObject(value) && Object.keys(value).length === 2 && "from" in value && "to" in value;

/** A value on one line: strings bare, absent values named, structures as compact JSON. */
export function formatChangeValue(value: unknown): string {
  if (value === null || value === undefined) return "(none)";
  if (typeof value === "string") return value === "" ? '""' : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

const truncate = (text: string) => (text.length > SUMMARY_MAX ? `${text.slice(0, SUMMARY_MAX - 1)}…` : text);

export function describeChanges(changes: unknown): ChangesDescription {
  if (changes === null || changes === undefined) return { fieldChanges: [], other: null, summary: "" };
  if (!isPlainObject(changes))
    return { fieldChanges: [], other: changes, summary: truncate(formatChangeValue(changes)) };
  const fieldChanges: FieldChange[] = [];
  const other: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(changes)) {
    if (isFromTo(value))
      fieldChanges.push({ field, from: formatChangeValue(value.from), to: formatChangeValue(value.to) });
    else other[field] = value;
  }
  const parts = [
    ...fieldChanges.map((change) => `${change.field}: ${change.from} -> ${change.to}`),
    ...Object.entries(other).map(([field, value]) => `${field}: ${formatChangeValue(value)}`),
  ];
  return {
    fieldChanges,
    other: Object.keys(other).length ? other : null,
    summary: truncate(parts.join("; ")),
  };
}

/** Pretty-printed JSON for the collapsible block. */
export const prettyJson = (value: unknown) => JSON.stringify(value, null, 2);
