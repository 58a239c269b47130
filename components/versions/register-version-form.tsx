"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ServerAction } from "@/lib/action-result";
import { Button, ButtonLink } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import type { ModelKind } from "@/generated/prisma/enums";
import type { AdapterConfigPrefill } from "@/lib/formats/adapter-config";
import type { ModelCardPrefill } from "@/lib/formats/model-card";
import { applyAdapterConfig, applyModelCard } from "@/lib/registration/apply-prefill";
import { initialValues, type RegisterFormValues } from "@/lib/registration/form-values";
import { checkRegistration } from "@/lib/registration/to-register-input";
import { ModelCardEditor } from "./model-card-editor";
import { RegisterAdapter } from "./register-adapter";
import { RegisterDatasets } from "./register-datasets";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useActionForm } from "@/components/ui/use-action-form";
import { registerFieldName } from "@/lib/registration/field-name";
import type { NameHint } from "./register-hints";
import { RegisterImports } from "./register-imports";
import { RegisterParents } from "./register-parents";
import { sectionClass, sectionLegend } from "./register-section";
import { RegisterTraining } from "./register-training";

type Props = {
  model: { slug: string; name: string; kind: ModelKind; license: string | null };
  action: ServerAction<unknown, { id: string }>;
  /** an earlier version's facts to start from (`?from=`), with its number for the notice */
  from?: { version: number; values: RegisterFormValues };
};

/** Hints replace those an earlier import of the same file gave. */
const withHints = (hints: NameHint[], source: string, names: (string | null)[]) => [
  ...hints.filter((hint) => hint.source !== source),
  ...names.flatMap((name) => (name ? [{ name, source }] : [])),
];

/**
 * Registers a version of one model, shaped by its kind. The browser checks what it can first (the shared
 * schema and parent rules); the server action checks everything again and answers field messages keyed
 * like the body, shown beside each field and in the summary. On success: the version's artifacts, the
 * next step the form names.
 */
export function RegisterVersionForm({ model, action, from }: Props) {
  const router = useRouter();
  const [values, setValues] = useState(() => from?.values ?? initialValues(model.kind, model.license));
  const { summaryRef, pending, submit, errors, message, attempt, refuse } = useActionForm(action, {
    onSuccess: ({ id }) => router.push(`/versions/${id}?tab=artifacts`),
  });
  const [parentHints, setParentHints] = useState<NameHint[]>([]);
  const [datasetHints, setDatasetHints] = useState<NameHint[]>([]);
  const [adapterNotes, setAdapterNotes] = useState<string[]>([]);
  const set = <K extends keyof RegisterFormValues>(key: K, value: RegisterFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, errors: found } = checkRegistration(values, model.kind);
    if (Object.keys(found).length)
      return refuse("Please correct the highlighted fields: nothing was registered", found);
    const license = values.modelLicense.trim();
    submit({
      version: input,
      ...(license !== (model.license ?? "") ? { modelLicense: license } : {}),
    });
  }

  function importCard(prefill: ModelCardPrefill): string[] {
    setValues((current) => applyModelCard(current, prefill, model.kind).values);
    setParentHints((hints) => withHints(hints, "model card", prefill.baseModels));
    setDatasetHints((hints) => withHints(hints, "model card", prefill.datasets));
    return applyModelCard(values, prefill, model.kind).notes;
  }

  function importAdapterConfig(prefill: AdapterConfigPrefill) {
    setValues((current) => applyAdapterConfig(current, prefill));
    setAdapterNotes(prefill.notes);
    setParentHints((hints) => withHints(hints, "adapter_config.json", [prefill.baseModelNameOrPath]));
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={`Register a version of ${model.name}`}
      className="space-y-6"
    >
      <ErrorSummary
        key={attempt}
        ref={summaryRef}
        message={message}
        errors={errors}
        nameOf={(key) => registerFieldName(key, model.kind)}
      />
      {from && (
        <p className="rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900">
          Filled from version {from.version}: its parents, datasets, training facts, tags and model card.
          Change what this run changed; its times, notes and evaluation results start empty.
        </p>
      )}
      <RegisterImports
        isAdapter={model.kind === "ADAPTER"}
        onModelCard={importCard}
        onAdapterConfig={importAdapterConfig}
      />
      <RegisterParents
        kind={model.kind}
        rows={values.parents}
        onChange={(rows) => set("parents", rows)}
        errors={errors}
        hints={parentHints}
      />
      {model.kind === "ADAPTER" && (
        <RegisterAdapter
          values={values.adapter}
          onChange={(adapter) => set("adapter", adapter)}
          errors={errors}
          notes={adapterNotes}
        />
      )}
      <RegisterDatasets
        rows={values.datasets}
        onChange={(rows) => set("datasets", rows)}
        errors={errors}
        hints={datasetHints}
      />
      <RegisterTraining values={values} set={set} errors={errors} />
      <fieldset id="card" tabIndex={-1} className={sectionClass}>
        <legend className={sectionLegend}>Model card and licence</legend>
        <div className="max-w-md">
          <FormField
            id="modelLicense"
            label="Model licence"
            error={errors.modelLicense}
            hint={`Kept on the model ${model.name}, for all its versions; a change here is recorded in the audit log.`}
          >
            {(p) => (
              <input
                {...p}
                value={values.modelLicense}
                onChange={(e) => set("modelLicense", e.target.value)}
              />
            )}
          </FormField>
        </div>
        <ModelCardEditor
          value={values.modelCard}
          onChange={(value) => set("modelCard", value)}
          error={errors.modelCard}
        />
      </fieldset>
      <div className="sticky bottom-0 z-10 -mx-2 flex items-center justify-between gap-3 border-t border-slate-200 bg-slate-50/95 px-2 py-3 backdrop-blur">
        <p className="text-sm text-slate-600">
          Registered facts are fixed; artifacts are uploaded on the version page next.
        </p>
        <div className="flex gap-3">
          <ButtonLink href={`/models/${model.slug}`} variant="secondary">
            Cancel
          </ButtonLink>
          <Button type="submit" disabled={pending}>
            {pending ? "Registering…" : "Register version"}
          </Button>
        </div>
      </div>
    </form>
  );
}
