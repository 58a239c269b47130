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

/** What the ids an event mentions are (`AuditEventDto.references`): id -> `support-bot v2`. */
export type IdNames = Readonly<Record<string, string>>;

/**
 * A value on one line: strings bare, absent values named, structures as compact JSON; an id the event
 * names reads as what it is.
 */
export function formatChangeValue(value: unknown, names: IdNames = {}): string {
  if (value === null || value === undefined) return "(none)";
  if (typeof value === "string") return value === "" ? '""' : (names[value] ?? value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value, (_, item: unknown) =>
    typeof item === "string" ? (names[item] ?? item) : item,
  );
}

const truncate = (text: string) => (text.length > SUMMARY_MAX ? `${text.slice(0, SUMMARY_MAX - 1)}…` : text);

export function describeChanges(changes: unknown, names: IdNames = {}): ChangesDescription {
  if (changes === null || changes === undefined) return { fieldChanges: [], other: null, summary: "" };
  if (!isPlainObject(changes))
    return { fieldChanges: [], other: changes, summary: truncate(formatChangeValue(changes, names)) };
  const fieldChanges: FieldChange[] = [];
  const other: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(changes)) {
    if (isFromTo(value))
      fieldChanges.push({
        field,
        from: formatChangeValue(value.from, names),
        to: formatChangeValue(value.to, names),
      });
    else other[field] = value;
  }
  const parts = [
    ...fieldChanges.map((change) => `${change.field}: ${change.from} -> ${change.to}`),
    ...Object.entries(other).map(([field, value]) => `${field}: ${formatChangeValue(value, names)}`),
  ];
  return {
    fieldChanges,
    other: Object.keys(other).length ? other : null,
    summary: truncate(parts.join("; ")),
  };
}

/** Pretty-printed JSON for the collapsible block. */
export const prettyJson = (value: unknown) => JSON.stringify(value, null, 2);
