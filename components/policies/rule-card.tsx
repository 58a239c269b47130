"use client";

import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { fieldError } from "@/lib/action-result";
import { RULE_KIND_HINTS, RULE_KIND_LABELS } from "@/lib/policy/rule-labels";
import { CheckboxGroup, TagListInput, TiersInput } from "./rule-controls";
import { RULE_FIELDS, type FieldSpec, type RuleDraft } from "@/lib/policy/rule-drafts";

type Props = {
  draft: RuleDraft;
  index: number;
  count: number;
  errors: Record<string, string>;
  onChange: (draft: RuleDraft) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
};

/** One rule of the policy: its id, what it asks (its kind's own fields), and moving or removing it. */
export function RuleCard({ draft, index, count, errors, onChange, onMove, onRemove }: Props) {
  const path = `rules.${index}`;
  const idOf = (name: string) => `rules-${index}-${name}`;
  const errorOf = (name: string) => fieldError(errors, `${path}.${name}`);
  const ruleError = errors[path];
  const setValue = (name: string, value: RuleDraft["values"][string]) =>
    onChange({ ...draft, values: { ...draft.values, [name]: value } });
  const title = `Rule ${index + 1}: ${RULE_KIND_LABELS[draft.kind]}`;

  return (
    <fieldset
      id={`rules-${index}`}
      tabIndex={-1}
      className={`rounded-lg border bg-white p-4 shadow-sm focus:outline-none ${ruleError ? "border-red-400" : "border-slate-200"}`}
    >
      <legend className="sr-only">{title}</legend>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p aria-hidden className="text-sm font-semibold text-slate-900">
            {title}
          </p>
          <p className="text-xs text-slate-600">{RULE_KIND_HINTS[draft.kind]}</p>
        </div>
        <div className="flex gap-1">
          <Button
            variant="ghost"
            onClick={() => onMove(-1)}
            disabled={index === 0}
            aria-label={`Move rule ${index + 1} up`}
          >
            ↑
          </Button>
          <Button
            variant="ghost"
            onClick={() => onMove(1)}
            disabled={index === count - 1}
            aria-label={`Move rule ${index + 1} down`}
          >
            ↓
          </Button>
          <Button variant="ghost" onClick={onRemove} aria-label={`Remove rule ${index + 1}`}>
            Remove
          </Button>
        </div>
      </div>
      {ruleError && <p className="mt-2 text-xs font-medium text-red-700">{ruleError}</p>}

      <div className="mt-4 grid gap-4 md:grid-cols-3">
        <FormField
          id={idOf("id")}
          label="Rule id"
          required
          error={errorOf("id")}
          hint="Names the rule in results and blocked requests"
        >
          {(p) => (
            <input
              {...p}
              value={draft.id}
              maxLength={80}
              onChange={(event) => onChange({ ...draft, id: event.target.value })}
              className={`${p.className} font-mono`}
            />
          )}
        </FormField>
        <div className="md:col-span-2">
          <FormField
            id={idOf("description")}
            label="Description"
            error={errorOf("description")}
            hint="In your words; left empty, the rule is described from its fields"
          >
            {(p) => (
              <input
                {...p}
                value={draft.description}
                maxLength={500}
                onChange={(event) => onChange({ ...draft, description: event.target.value })}
              />
            )}
          </FormField>
        </div>
        {RULE_FIELDS[draft.kind].map((spec) => (
          <div key={spec.name} className={wide(spec) ? "md:col-span-3" : undefined}>
            <RuleField
              spec={spec}
              id={idOf(spec.name)}
              value={draft.values[spec.name]}
              // A tier's own message shows beside its number, not again for the group.
              error={spec.type === "tiers" ? errors[`${path}.${spec.name}`] : errorOf(spec.name)}
              errorOf={(part) => errorOf(`${spec.name}.${part}`)}
              onChange={(value) => setValue(spec.name, value)}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}

const wide = (spec: FieldSpec) => spec.type === "checkboxes" || spec.type === "tags" || spec.type === "tiers";

function RuleField({
  spec,
  id,
  value,
  error,
  errorOf,
  onChange,
}: {
  spec: FieldSpec;
  id: string;
  value: RuleDraft["values"][string] | undefined;
  error?: string;
  errorOf: (part: string) => string | undefined;
  onChange: (value: RuleDraft["values"][string]) => void;
}) {
  const common = { id, label: spec.label, hint: spec.hint, error };
  if (spec.type === "checkboxes")
    return <CheckboxGroup {...common} options={spec.options} value={value as string[]} onChange={onChange} />;
  if (spec.type === "tags")
    return (
      <TagListInput
        {...common}
        placeholder={spec.placeholder}
        value={value as string[]}
        onChange={onChange}
      />
    );
  if (spec.type === "tiers")
    return (
      <TiersInput {...common} value={value as Record<string, string>} errorOf={errorOf} onChange={onChange} />
    );
  return (
    <FormField {...common} required={spec.type !== "text" || !spec.optional}>
      {(p) =>
        spec.type === "select" ? (
          <select {...p} value={value as string} onChange={(event) => onChange(event.target.value)}>
            {spec.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        ) : (
          <input
            {...p}
            type={spec.type === "number" ? "number" : "text"}
            step={spec.type === "number" ? spec.step : undefined}
            inputMode={spec.type === "number" ? "decimal" : undefined}
            value={value as string}
            maxLength={spec.type === "text" ? 200 : undefined}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </FormField>
  );
}
