/**
 * The policy form's rule cards: which controls each rule kind shows (named as the rule schemas in
 * rules.ts name their fields), and the conversions between a rule and what its card holds while it is
 * edited. Pure: no I/O.
 */
import { MODEL_CARD_SECTIONS } from "@/lib/formats/model-card-sections";
import { ARTIFACT_FORMAT_LABELS, ARTIFACT_FORMATS, FAIRNESS_METRIC_LABELS, RISK_TIERS } from "@/lib/labels";
import { DRIFT_METRIC_LABELS, RULE_FIELD_LABELS } from "./rule-labels";
import { DRIFT_METRICS, FAIRNESS_METRICS, type PolicyRule, type RuleKind } from "./rules";

type Option = { value: string; label: string };
export type FieldSpec = { name: string; label: string; hint?: string } & (
  | { type: "text"; optional?: boolean }
  | { type: "number"; step?: string }
  | { type: "select"; options: Option[] }
  | { type: "checkboxes"; options: Option[] }
  | { type: "tags"; placeholder: string }
  | { type: "tiers" }
);

const options = (labels: Record<string, string>, values: readonly string[]): Option[] =>
  values.map((value) => ({ value, label: labels[value] ?? value }));

const label = (name: string) => RULE_FIELD_LABELS[name] ?? name;
const suite: FieldSpec = {
  name: "suite",
  label: label("suite"),
  type: "text",
  hint: "e.g. helm, internal-qa",
};
const metric: FieldSpec = { name: "metric", label: label("metric"), type: "text", hint: "e.g. accuracy" };
const threshold: FieldSpec = { name: "threshold", label: label("threshold"), type: "number", step: "any" };
const fairness: FieldSpec[] = [
  {
    name: "metric",
    label: label("metric"),
    type: "select",
    options: options(FAIRNESS_METRIC_LABELS, FAIRNESS_METRICS),
  },
  threshold,
  {
    name: "attribute",
    label: label("attribute"),
    type: "text",
    optional: true,
    hint: "Leave empty for the worst over every attribute",
  },
];

export const RULE_FIELDS: Record<RuleKind, FieldSpec[]> = {
  metric_min: [suite, metric, threshold],
  metric_max: [suite, metric, threshold],
  metric_regression: [
    suite,
    metric,
    {
      name: "maxRegression",
      label: label("maxRegression"),
      type: "number",
      step: "any",
      hint: "In the metric's own units; 0 means no worse at all",
    },
  ],
  fairness_max: fairness,
  fairness_min: fairness,
  drift_max: [
    {
      name: "metric",
      label: label("metric"),
      type: "select",
      options: options(DRIFT_METRIC_LABELS, DRIFT_METRICS),
    },
    threshold,
    {
      name: "feature",
      label: label("feature"),
      type: "text",
      optional: true,
      hint: "Leave empty for every feature",
    },
  ],
  required_artifacts: [
    {
      name: "formats",
      label: label("formats"),
      type: "checkboxes",
      options: options(ARTIFACT_FORMAT_LABELS, ARTIFACT_FORMATS),
    },
  ],
  model_card_sections: [
    {
      name: "required",
      label: label("required"),
      type: "checkboxes",
      options: MODEL_CARD_SECTIONS.map((s) => ({ value: s.key, label: s.label })),
    },
  ],
  dataset_legal_basis: [],
  dataset_license_allowlist: [
    {
      name: "licenses",
      label: label("licenses"),
      type: "tags",
      placeholder: "e.g. cc-by-4.0",
      hint: "Press Enter or Add after each licence; compared without regard to case",
    },
  ],
  approvals_required: [
    { name: "byRiskTier", label: label("byRiskTier"), type: "tiers", hint: "1 to 5 officers" },
  ],
};

export { RISK_TIERS };

/** A rule while its card is edited: numbers as typed, so a half-typed value is never lost. */
export type RuleDraft = {
  /** React's key: stable while cards are added, removed and moved */
  key: number;
  kind: RuleKind;
  id: string;
  description: string;
  values: Record<string, string | string[] | Record<string, string>>;
};

let nextKey = 0;

/** A fresh card of a kind, with an id no other card has (`metric-min`, `metric-min-2`). */
export function newDraft(kind: RuleKind, takenIds: string[]): RuleDraft {
  const base = kind.replace(/_/g, "-");
  let id = base;
  for (let n = 2; takenIds.includes(id); n++) id = `${base}-${n}`;
  const values: RuleDraft["values"] = {};
  for (const spec of RULE_FIELDS[kind]) {
    if (spec.type === "checkboxes" || spec.type === "tags") values[spec.name] = [];
    else if (spec.type === "tiers") values[spec.name] = { MINIMAL: "1", LIMITED: "1", HIGH: "2" };
    else if (spec.type === "select") values[spec.name] = spec.options[0]!.value;
    else values[spec.name] = "";
  }
  return { key: nextKey++, kind, id, description: "", values };
}

export function draftOf(rule: PolicyRule): RuleDraft {
  const stored = rule as Record<string, unknown>;
  const values: RuleDraft["values"] = {};
  for (const spec of RULE_FIELDS[rule.kind]) {
    const value = stored[spec.name];
    if (Array.isArray(value)) values[spec.name] = value.map(String);
    else if (value && typeof value === "object")
      values[spec.name] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
    else values[spec.name] = value === undefined ? "" : String(value);
  }
  return { key: nextKey++, kind: rule.kind, id: rule.id, description: rule.description ?? "", values };
}

/** A typed number, or the text itself so the schema can say "A number"; empty is absent. */
function numberOf(text: string): number | string | undefined {
  if (text.trim() === "") return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : text;
}

/** The rule the card describes, for the schema to judge (left unchecked here on purpose). */
export function ruleOf(draft: RuleDraft): Record<string, unknown> {
  const rule: Record<string, unknown> = { id: draft.id.trim(), kind: draft.kind };
  if (draft.description.trim()) rule.description = draft.description.trim();
  for (const spec of RULE_FIELDS[draft.kind]) {
    const value = draft.values[spec.name];
    if (spec.type === "number") rule[spec.name] = numberOf(value as string);
    else if (spec.type === "tiers")
      rule[spec.name] = Object.fromEntries(
        RISK_TIERS.map((tier) => [tier, numberOf((value as Record<string, string>)[tier] ?? "")]),
      );
    else if (spec.type === "text" && spec.optional && !(value as string).trim()) continue;
    else rule[spec.name] = typeof value === "string" ? value.trim() : value;
  }
  return rule;
}
