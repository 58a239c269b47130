"use client";

import { fieldError } from "@/lib/action-result";
import { FormField } from "@/components/ui/form-field";
import type { RegisterFormValues } from "@/lib/registration/form-values";
import { HyperparametersEditor } from "./hyperparameters-editor";
import { sectionClass, sectionLegend } from "./register-section";

type TrainingField =
  | "hyperparameters"
  | "codeCommit"
  | "gpuType"
  | "gpuCount"
  | "gpuHours"
  | "trainingStartedAt"
  | "trainingFinishedAt"
  | "parameterCount"
  | "contextLength"
  | "tags"
  | "notes";
type Props = {
  values: Pick<RegisterFormValues, TrainingField>;
  set: (field: TrainingField, value: string) => void;
  errors: Record<string, string>;
};

/** How the version was made: fixed once registered, so reviewers can trust them later. */
export function RegisterTraining({ values, set, errors }: Props) {
  type Options = {
    id?: string;
    hint?: string;
    errorKey?: string;
    mono?: boolean;
  } & React.InputHTMLAttributes<HTMLInputElement>;
  const input = (
    field: TrainingField,
    label: string,
    { id = field, hint, errorKey = field, mono, ...props }: Options = {},
  ) => (
    <FormField id={id} label={label} hint={hint} error={fieldError(errors, errorKey)}>
      {(p) => (
        <input
          {...p}
          {...props}
          value={values[field]}
          onChange={(e) => set(field, e.target.value)}
          className={`${p.className} ${mono ? "font-mono" : ""}`}
        />
      )}
    </FormField>
  );
  return (
    <fieldset id="training" tabIndex={-1} className={sectionClass}>
      <legend className={sectionLegend}>Training facts</legend>
      <HyperparametersEditor
        value={values.hyperparameters}
        onChange={(value) => set("hyperparameters", value)}
        error={errors.hyperparameters}
      />
      <div className="grid gap-4 md:grid-cols-3">
        {input("codeCommit", "Code commit", {
          hint: "The git commit of the training code",
          mono: true,
          spellCheck: false,
        })}
        {input("trainingStartedAt", "Training started", { hint: "Your local time", type: "datetime-local" })}
        {input("trainingFinishedAt", "Training finished", {
          hint: "Your local time",
          type: "datetime-local",
        })}
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        {input("gpuType", "GPU type", {
          id: "compute-gpuType",
          errorKey: "compute.gpuType",
          hint: "e.g. A100 80GB",
        })}
        {input("gpuCount", "GPU count", {
          id: "compute-gpuCount",
          errorKey: "compute.gpuCount",
          inputMode: "numeric",
        })}
        {input("gpuHours", "GPU hours", {
          id: "compute-gpuHours",
          errorKey: "compute.gpuHours",
          hint: "Total across GPUs",
          inputMode: "decimal",
        })}
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        {input("parameterCount", "Parameter count", { hint: "e.g. 8030261248 or 8.03B" })}
        {input("contextLength", "Context length", { hint: "Tokens, e.g. 8192 or 128k" })}
        {input("tags", "Tags", { hint: "Separated by commas, e.g. chat, support" })}
      </div>
      <FormField
        id="notes"
        label="Notes"
        hint="Anything a reviewer should know; notes can be edited later."
        error={fieldError(errors, "notes")}
      >
        {(p) => (
          <textarea {...p} rows={2} value={values.notes} onChange={(e) => set("notes", e.target.value)} />
        )}
      </FormField>
    </fieldset>
  );
}
