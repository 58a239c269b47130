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

/**
 * A change of one named thing, recorded flat: a tag (`{ key, from, to }`) or an alias
 * (`{ alias, from, to, version }`); removing one records no `to`. Reads as "champion: v2 -> v3".
 */
function namedChange(changes: Record<string, unknown>, names: IdNames) {
  const name = typeof changes.alias === "string" ? changes.alias : changes.key;
  if (typeof name !== "string" || !("from" in changes)) return null;
  const { alias: _alias, key: _key, from, to, ...rest } = changes;
  return {
    change: { field: name, from: formatChangeValue(from, names), to: formatChangeValue(to, names) },
    rest,
  };
}

export function describeChanges(changes: unknown, names: IdNames = {}): ChangesDescription {
  if (changes === null || changes === undefined) return { fieldChanges: [], other: null, summary: "" };
  if (!isPlainObject(changes))
    return { fieldChanges: [], other: changes, summary: truncate(formatChangeValue(changes, names)) };
  const fieldChanges: FieldChange[] = [];
  const other: Record<string, unknown> = {};
  const named = namedChange(changes, names);
  if (named) fieldChanges.push(named.change);
  for (const [field, value] of Object.entries(named ? named.rest : changes)) {
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
