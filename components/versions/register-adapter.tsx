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
      <MorePeftSettings values={values} set={set} errors={errors} />
    </fieldset>
  );
}

type ExtraField = "taskType" | "modulesToSave" | "layersToTransform" | "layersPattern";
type PatternField = "rankPattern" | "alphaPattern";

/**
 * What most adapters leave unset but changes what rank and alpha mean or what trains. Open when any is
 * filled in (an imported config that sets them), so nothing imported is out of sight.
 */
function MorePeftSettings({
  values,
  set,
  errors,
}: {
  values: AdapterValues;
  set: (patch: Partial<AdapterValues>) => void;
  errors: Record<string, string>;
}) {
  const extras: ExtraField[] = ["taskType", "modulesToSave", "layersToTransform", "layersPattern"];
  const patterns: PatternField[] = ["rankPattern", "alphaPattern"];
  const filled = values.useRslora || [...extras, ...patterns].some((field) => values[field].trim() !== "");
  const hasError = [...extras, ...patterns].some((field) => err(errors, field));
  const line = (field: ExtraField, label: string, hint: string) => (
    <FormField id={`adapter-${field}`} label={label} hint={hint} error={err(errors, field)}>
      {(p) => (
        <input
          {...p}
          value={values[field]}
          onChange={(e) => set({ [field]: e.target.value })}
          className={`${p.className} font-mono`}
        />
      )}
    </FormField>
  );
  const pattern = (field: PatternField, label: string, hint: string) => (
    <FormField id={`adapter-${field}`} label={label} hint={hint} error={err(errors, field)}>
      {(p) => (
        <textarea
          {...p}
          rows={2}
          value={values[field]}
          onChange={(e) => set({ [field]: e.target.value })}
          className={`${p.className} font-mono`}
        />
      )}
    </FormField>
  );
  return (
    <details open={filled || hasError} className="rounded-md border border-slate-200 px-3 py-2">
      <summary className="cursor-pointer text-sm font-medium text-slate-800">More PEFT settings</summary>
      <div className="mt-3 space-y-4">
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            checked={values.useRslora}
            onChange={(e) => set({ useRslora: e.target.checked })}
          />
          rsLoRA (use_rslora): the update is scaled by alpha / √r instead of alpha / r
        </label>
        <div className="grid gap-4 md:grid-cols-2">
          {line("taskType", "Task type", "task_type, e.g. CAUSAL_LM or SEQ_CLS")}
          {line("modulesToSave", "Modules trained in full", "modules_to_save, e.g. classifier, score")}
          {line("layersToTransform", "Layers adapted", "layers_to_transform: layer numbers, e.g. 0, 1, 2")}
          {line("layersPattern", "Layers pattern", "layers_pattern: the name of the layer list, e.g. layers")}
          {pattern("rankPattern", "Rank per module", 'rank_pattern as JSON, e.g. {"q_proj": 8}')}
          {pattern("alphaPattern", "Alpha per module", 'alpha_pattern as JSON, e.g. {"q_proj": 16}')}
        </div>
      </div>
    </details>
  );
}
