"use client";

import { PolicyMode, Stage } from "@/generated/prisma/enums";
import { FormField } from "@/components/ui/form-field";
import { STAGE_LABELS } from "@/lib/labels";
import { MODE_HINTS, MODE_LABELS } from "@/lib/policy/rule-labels";
import { ControlGroup } from "./rule-controls";

export type PolicySettings = {
  name: string;
  description: string;
  targetStage: Stage;
  mode: PolicyMode;
  enabled: boolean;
};

const legend = "text-base font-semibold text-slate-900";

/** Name, description, the stage it guards, shadow or enforce, on or off. */
export function PolicySettingsFields({
  value,
  errors,
  onChange,
}: {
  value: PolicySettings;
  errors: Record<string, string>;
  onChange: (value: PolicySettings) => void;
}) {
  const set = <K extends keyof PolicySettings>(field: K, next: PolicySettings[K]) =>
    onChange({ ...value, [field]: next });
  return (
    <fieldset className="space-y-4">
      <legend className={legend}>Policy</legend>
      <div className="grid gap-4 md:grid-cols-2">
        <FormField id="name" label="Name" required error={errors.name}>
          {(p) => (
            <input {...p} value={value.name} maxLength={200} onChange={(e) => set("name", e.target.value)} />
          )}
        </FormField>
        <FormField
          id="targetStage"
          label="Target stage"
          required
          error={errors.targetStage}
          hint="Judges requests to move a version to this stage."
        >
          {(p) => (
            <select
              {...p}
              value={value.targetStage}
              onChange={(e) => set("targetStage", e.target.value as Stage)}
            >
              {Object.values(Stage).map((stage) => (
                <option key={stage} value={stage}>
                  {STAGE_LABELS[stage]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField id="description" label="Description" error={errors.description}>
        {(p) => (
          <textarea
            {...p}
            rows={2}
            maxLength={2000}
            value={value.description}
            onChange={(e) => set("description", e.target.value)}
          />
        )}
      </FormField>
      <ControlGroup id="mode" label="Mode" error={errors.mode}>
        <div className="grid gap-3 md:grid-cols-2">
          {Object.values(PolicyMode).map((mode) => (
            <label
              key={mode}
              className={`flex cursor-pointer gap-3 rounded-md border p-3 text-sm ${value.mode === mode ? "border-indigo-500 bg-indigo-50" : "border-slate-300 bg-white"}`}
            >
              <input
                type="radio"
                name="mode"
                value={mode}
                checked={value.mode === mode}
                onChange={() => set("mode", mode)}
                className="mt-0.5 h-4 w-4 text-indigo-600 focus:ring-indigo-500"
              />
              <span>
                <span className="block font-medium text-slate-900">{MODE_LABELS[mode]}</span>
                <span className="block text-xs text-slate-600">{MODE_HINTS[mode]}</span>
              </span>
            </label>
          ))}
        </div>
      </ControlGroup>
      <label className="flex items-start gap-3 text-sm">
        <input
          id="enabled"
          type="checkbox"
          checked={value.enabled}
          onChange={(e) => set("enabled", e.target.checked)}
          className="mt-0.5 h-4 w-4 rounded border-slate-300 text-indigo-600 focus:ring-indigo-500"
        />
        <span>
          <span className="block font-medium text-slate-900">Enabled</span>
          <span className="block text-xs text-slate-600">
            A disabled policy is kept with its history but judges no new request.
          </span>
        </span>
      </label>
    </fieldset>
  );
}
