"use client";

import { ADAPTER_TYPE_LABELS } from "@/lib/labels";
import { FormField } from "@/components/ui/form-field";
import { AdapterType } from "@/generated/prisma/enums";
import type { AdapterValues } from "@/lib/registration/form-values";
import { SectionError, sectionClass, sectionLegend } from "./register-section";

type Props = {
  values: AdapterValues;
  onChange: (values: AdapterValues) => void;
  errors: Record<string, string>;
  notes: string[];
};

const err = (errors: Record<string, string>, field: string) =>
  errors[`adapter.${field}`] ??
  Object.entries(errors).find(([key]) => key.startsWith(`adapter.${field}.`))?.[1];

/** The adapter's facts as PEFT records them; an imported adapter_config.json fills them in. */
export function RegisterAdapter({ values, onChange, errors, notes }: Props) {
  const set = (patch: Partial<AdapterValues>) => onChange({ ...values, ...patch });
  const text = (field: "rank" | "alpha" | "dropout", label: string, hint: string) => (
    <FormField id={`adapter-${field}`} label={label} hint={hint} error={err(errors, field)}>
      {(p) => (
        <input
          {...p}
          inputMode="decimal"
          value={values[field]}
          onChange={(e) => set({ [field]: e.target.value })}
        />
      )}
    </FormField>
  );
  return (
    <fieldset
      id="adapter"
      tabIndex={-1}
      className={sectionClass}
      aria-describedby={errors.adapter ? "adapter-error" : undefined}
    >
      <legend className={sectionLegend}>Adapter</legend>
      <SectionError id="adapter-error" message={errors.adapter} />
      {notes.length > 0 && (
        <ul className="list-disc space-y-1 rounded-md border border-sky-200 bg-sky-50 py-2 pl-8 pr-3 text-sm text-sky-950">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <div className="grid gap-4 md:grid-cols-4">
        <FormField id="adapter-type" label="Adapter type" required error={err(errors, "type")}>
          {(p) => (
            <select
              {...p}
              value={values.type}
              onChange={(e) => set({ type: e.target.value as AdapterValues["type"] })}
            >
              <option value="">Choose a type</option>
              {Object.values(AdapterType).map((type) => (
                <option key={type} value={type}>
                  {ADAPTER_TYPE_LABELS[type]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {text("rank", "Rank (r)", "A whole number, e.g. 16")}
        {text("alpha", "Alpha", "lora_alpha, e.g. 32")}
        {text("dropout", "Dropout", "Between 0 and 1")}
      </div>
      <FormField
        id="adapter-targetModules"
        label="Target modules"
        error={err(errors, "targetModules")}
        hint={
          values.targetModulesIsRegex
            ? "One regular expression, matched in full against module names (as PEFT does)."
            : "Module names separated by commas, e.g. q_proj, v_proj."
        }
      >
        {(p) => (
          <input
            {...p}
            value={values.targetModules}
            onChange={(e) => set({ targetModules: e.target.value })}
            className={`${p.className} font-mono`}
          />
        )}
      </FormField>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          checked={values.targetModulesIsRegex}
          onChange={(e) => set({ targetModulesIsRegex: e.target.checked })}
        />
        Target modules is a regular expression
      </label>
    </fieldset>
  );
}
