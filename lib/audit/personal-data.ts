/**
 * Which values of an audit event are personal data, and how they are kept apart from what the chain
 * hashes (decision 011): the hashed `changes` holds a placeholder where a personal value was, the value
 * itself lives in a side record, and the hash covers `sha256(salt + JCS(side values))`. Erasing the side
 * record (salt included) leaves the hash verifiable and nothing to guess the value back from.
 */
import { createHash } from "node:crypto";
import { canonicalJson, type JsonValue } from "./canonical-json";

/** What a personal value reads as once its side record is gone (and what the hashed `changes` holds). */
export const PERSONAL_PLACEHOLDER = "(personal data)";

// Top-level keys of `changes` that hold personal values. Names are personal on user events only: a
// model's or a team's name is not about a person.
const ALWAYS_PERSONAL = new Set(["email", "address", "subjectReference"]);
const PERSONAL_BY_ENTITY: Record<string, ReadonlySet<string>> = { user: new Set(["name"]) };

const isPersonalKey = (entityType: string, key: string) =>
  ALWAYS_PERSONAL.has(key) || (PERSONAL_BY_ENTITY[entityType]?.has(key) ?? false);

export type PersonalValues = { actorEmail: string | null; changes: Record<string, JsonValue> | null };

const isObject = (value: JsonValue): value is Record<string, JsonValue> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `changes` with every personal value replaced by the placeholder, and the values taken out. */
export function splitPersonal(
  entityType: string,
  changes: JsonValue,
): { changes: JsonValue; personal: Record<string, JsonValue> | null } {
  if (!isObject(changes)) return { changes, personal: null };
  const kept: Record<string, JsonValue> = {};
  const personal: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(changes)) {
    if (isPersonalKey(entityType, key) && value !== null) {
      personal[key] = value;
      kept[key] = PERSONAL_PLACEHOLDER;
    } else kept[key] = value;
  }
  return { changes: kept, personal: Object.keys(personal).length > 0 ? personal : null };
}

/** The changes as they happened: the side record's values put back where the placeholders are. */
export function restorePersonal(changes: JsonValue, personal: Record<string, JsonValue> | null): JsonValue {
  if (!personal || !isObject(changes)) return changes;
  return { ...changes, ...personal };
}

/** What the chain hashes for an event's personal values: sha256(salt + canonical JSON), hex. */
export function personalDigest(salt: string, values: PersonalValues): string {
  return createHash("sha256")
    .update(salt + canonicalJson(values as unknown as JsonValue))
    .digest("hex");
}

/** The action of the event that records an erasure of a person's personal values from the trail. */
export const PERSONAL_DATA_ERASED = "user.personal_data_erased";
