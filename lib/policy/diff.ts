/**
 * What changed between two versions of a policy, as structure (for the API and the audit event) and as
 * sentences (for the history on the policy page). Pure: no I/O.
 */
import type { PolicyMode, Stage } from "@/generated/prisma/enums";
import { POLICY_FIELD_LABELS, RULE_FIELD_LABELS, RULE_KIND_LABELS } from "./rule-labels";
import type { PolicyRule, RuleKind } from "./rules";

/** One version of a policy as the diff reads it; `rules` is null when the stored list does not parse. */
export type PolicySnapshot = {
  name: string;
  description: string | null;
  targetStage: Stage;
  mode: PolicyMode;
  enabled: boolean;
  rules: readonly PolicyRule[] | null;
};

export const DIFFED_FIELDS = ["name", "description", "targetStage", "mode", "enabled"] as const;
export type DiffedField = (typeof DIFFED_FIELDS)[number];

export type Scalar = string | number | boolean | null;
export type FieldChange = { field: DiffedField; from: Scalar; to: Scalar };
/** A rule field is a value (`threshold`, `byRiskTier.HIGH`) or a list compared as a set (`formats`). */
export type RuleFieldChange =
  | { field: string; type: "value"; from: Scalar; to: Scalar }
  | { field: string; type: "list"; added: string[]; removed: string[] };
export type RuleChange = { id: string; kind: RuleKind; changes: RuleFieldChange[] };

export type PolicyDiff = {
  /** the first version: everything in it counts as added */
  initial: boolean;
  fields: FieldChange[];
  rules: {
    added: PolicyRule[];
    removed: PolicyRule[];
    changed: RuleChange[];
    /** the rules both versions share appear in another order */
    reordered: boolean;
    /** one side's stored rules do not parse, so their difference cannot be told */
    unreadable: boolean;
  };
  /** the same, in sentences */
  lines: string[];
};

export function diffPolicies(previous: PolicySnapshot | null, next: PolicySnapshot): PolicyDiff {
  const fields = DIFFED_FIELDS.flatMap((field): FieldChange[] => {
    const from = previous ? blankAsNull(previous[field]) : null;
    const to = blankAsNull(next[field]);
    return !previous || from !== to ? [{ field, from, to }] : [];
  });
  const rules = diffRules(previous ? previous.rules : [], next.rules);
  const diff = { initial: !previous, fields, rules };
  return { ...diff, lines: describeDiff(diff) };
}

/** Nothing a reader of the policy would notice: the save would only repeat the current version. */
export function isUnchanged(diff: PolicyDiff): boolean {
  const { added, removed, changed, reordered, unreadable } = diff.rules;
  return (
    diff.fields.length === 0 &&
    added.length + removed.length + changed.length === 0 &&
    !reordered &&
    !unreadable
  );
}

function diffRules(
  before: readonly PolicyRule[] | null,
  after: readonly PolicyRule[] | null,
): PolicyDiff["rules"] {
  if (!before || !after) return { added: [], removed: [], changed: [], reordered: false, unreadable: true };
  const beforeById = new Map(before.map((rule) => [rule.id, rule]));
  const afterIds = new Set(after.map((rule) => rule.id));
  const changed = after.flatMap((rule): RuleChange[] => {
    const old = beforeById.get(rule.id);
    const changes = old ? diffRuleFields(old, rule) : [];
    return changes.length ? [{ id: rule.id, kind: rule.kind, changes }] : [];
  });
  const keptBefore = before.filter((rule) => afterIds.has(rule.id)).map((rule) => rule.id);
  const keptAfter = after.filter((rule) => beforeById.has(rule.id)).map((rule) => rule.id);
  return {
    added: after.filter((rule) => !beforeById.has(rule.id)),
    removed: before.filter((rule) => !afterIds.has(rule.id)),
    changed,
    reordered: keptBefore.some((id, index) => keptAfter[index] !== id),
    unreadable: false,
  };
}

type Flat = Map<string, Scalar | string[]>;

/** `{ byRiskTier: { HIGH: 2 } }` becomes `byRiskTier.HIGH -> 2`; lists stay lists; the id is the match key. */
function flatten(value: object, prefix = "", into: Flat = new Map()): Flat {
  for (const [key, inner] of Object.entries(value)) {
    const path = prefix + key;
    if (path === "id" || inner === undefined) continue;
    if (Array.isArray(inner)) into.set(path, inner.map(String));
    else if (inner !== null && typeof inner === "object") flatten(inner, `${path}.`, into);
    else into.set(path, blankAsNull(inner as Scalar));
  }
  return into;
}

function diffRuleFields(before: PolicyRule, after: PolicyRule): RuleFieldChange[] {
  const from = flatten(before);
  const to = flatten(after);
  const paths = [...new Set(["kind", ...to.keys(), ...from.keys()])];
  return paths.flatMap((field): RuleFieldChange[] => {
    const a = from.get(field) ?? null;
    const b = to.get(field) ?? null;
    if (Array.isArray(a) || Array.isArray(b)) {
      const listA = Array.isArray(a) ? a : [];
      const listB = Array.isArray(b) ? b : [];
      const added = listB.filter((item) => !listA.includes(item));
      const removed = listA.filter((item) => !listB.includes(item));
      return added.length || removed.length ? [{ field, type: "list", added, removed }] : [];
    }
    return a === b ? [] : [{ field, type: "value", from: a, to: b }];
  });
}

const blankAsNull = (value: Scalar): Scalar => (value === "" ? null : value);

function show(value: Scalar): string {
  if (value === null) return "(none)";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string") return `“${value}”`;
  return String(value);
}

const showField = (value: Scalar, field: string) =>
  // enum-like values (stages, modes, metric names) read better bare than quoted
  typeof value === "string" && /^(targetStage|mode|kind|metric)$/.test(field) ? value : show(value);

function describeRuleChange({ field, ...change }: RuleFieldChange): string {
  const label = RULE_FIELD_LABELS[field]?.toLowerCase() ?? field;
  if (change.type === "value")
    return `${label} ${showField(change.from, field)} -> ${showField(change.to, field)}`;
  const parts = [
    change.added.length ? `added ${change.added.join(", ")}` : null,
    change.removed.length ? `removed ${change.removed.join(", ")}` : null,
  ];
  return `${label}: ${parts.filter(Boolean).join("; ")}`;
}

const ruleName = (rule: Pick<PolicyRule, "id" | "kind">) => `${rule.id} (${RULE_KIND_LABELS[rule.kind]})`;

function describeDiff({ initial, fields, rules }: Omit<PolicyDiff, "lines">): string[] {
  const shown = initial ? fields.filter((change) => change.to !== null) : fields;
  const lines = shown.map(({ field, from, to }) => {
    const label = POLICY_FIELD_LABELS[field];
    if (initial) return `${label}: ${showField(to, field)}`;
    if (field === "description")
      return `${label} ${from === null ? "added" : to === null ? "removed" : "changed"}`;
    return `${label}: ${showField(from, field)} -> ${showField(to, field)}`;
  });
  if (rules.unreadable)
    lines.push("The stored rules of one of these versions cannot be read, so their difference is not shown");
  for (const rule of rules.added) lines.push(`Rule added: ${ruleName(rule)}`);
  for (const rule of rules.removed) lines.push(`Rule removed: ${ruleName(rule)}`);
  for (const rule of rules.changed)
    lines.push(`Rule ${rule.id}: ${rule.changes.map(describeRuleChange).join("; ")}`);
  if (rules.reordered) lines.push("Rules reordered");
  return lines;
}
