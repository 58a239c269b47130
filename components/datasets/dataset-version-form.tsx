"use client";

import { useState } from "react";
import type { LegalBasis } from "@/generated/prisma/enums";
import type { ServerAction } from "@/lib/action-result";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { LEGAL_BASIS_LABELS } from "@/lib/labels";

export type DatasetVersionFormInput = {
  label?: string;
  checksum?: string;
  rows?: number;
  containsPersonalData: boolean;
  personalDataCategories?: string[];
  legalBasis?: string;
  retentionDays?: number;
  region?: string;
};

// Empty fields are "not given"; numbers that do not parse are sent as NaN so the server names the field.
const numberOrAbsent = (text: string) => (text.trim() === "" ? undefined : Number(text));
const textOrAbsent = (text: string) => (text.trim() === "" ? undefined : text);

export function DatasetVersionForm({
  createVersion,
}: {
  createVersion: ServerAction<DatasetVersionFormInput, { version: number }>;
}) {
  const [personal, setPersonal] = useState(false);
  const [created, setCreated] = useState<number>();
  const { formRef, pending, submit, errors, errorOf, message } = useActionForm(createVersion, {
    onSuccess: ({ version }) => (setCreated(version), setPersonal(false)),
    onFailure: () => setCreated(undefined),
    resetOnSuccess: true,
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const input: DatasetVersionFormInput = {
      label: textOrAbsent(text("label")),
      checksum: textOrAbsent(text("checksum")),
      rows: numberOrAbsent(text("rows")),
      containsPersonalData: personal,
      retentionDays: numberOrAbsent(text("retentionDays")),
      region: textOrAbsent(text("region")),
      // Categories and a legal basis belong only to personal data; hidden fields are not sent.
      ...(personal
        ? {
            personalDataCategories: text("personalDataCategories")
              .split(",")
              .map((c) => c.trim())
              .filter(Boolean),
            legalBasis: textOrAbsent(text("legalBasis")),
          }
        : {}),
    };
    submit(input);
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Add a version">
      <div className="grid gap-4 md:grid-cols-3">
        <FormField id="dv-label" label="Label" hint="e.g. 2026-01 export" error={errors.label}>
          {(props) => <input {...props} name="label" type="text" maxLength={100} autoComplete="off" />}
        </FormField>
        <FormField id="dv-checksum" label="Checksum" hint="e.g. sha256:9f86d0…" error={errors.checksum}>
          {(props) => (
            <input
              {...props}
              name="checksum"
              type="text"
              maxLength={200}
              autoComplete="off"
              spellCheck={false}
              className={`${props.className} font-mono`}
            />
          )}
        </FormField>
        <FormField id="dv-rows" label="Rows" error={errors.rows}>
          {(props) => <input {...props} name="rows" type="number" min={0} step={1} inputMode="numeric" />}
        </FormField>
        <FormField
          id="dv-retention"
          label="Retention (days)"
          hint="How long the data may be kept."
          error={errors.retentionDays}
        >
          {(props) => (
            <input
              {...props}
              name="retentionDays"
              type="number"
              min={1}
              max={36_500}
              step={1}
              inputMode="numeric"
            />
          )}
        </FormField>
        <FormField
          id="dv-region"
          label="Region"
          hint="Where the data is stored, e.g. eu-west-1"
          error={errors.region}
        >
          {(props) => <input {...props} name="region" type="text" maxLength={100} autoComplete="off" />}
        </FormField>
      </div>
      <div>
        <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
          <input
            type="checkbox"
            name="containsPersonalData"
            checked={personal}
            onChange={(event) => setPersonal(event.target.checked)}
            aria-describedby={errors.containsPersonalData ? "dv-personal-error" : undefined}
            className="h-4 w-4 rounded border-slate-400"
          />
          Contains personal data
        </label>
        {errors.containsPersonalData && (
          <p id="dv-personal-error" className="mt-1 text-xs font-medium text-red-700">
            {errors.containsPersonalData}
          </p>
        )}
      </div>
      {personal && (
        <fieldset className="grid gap-4 rounded-md border border-amber-200 bg-amber-50/50 p-4 md:grid-cols-2">
          <legend className="px-1 text-sm font-semibold text-slate-900">Personal data</legend>
          <FormField
            id="dv-categories"
            label="Categories"
            hint="Comma-separated, e.g. name, email, health"
            error={errorOf("personalDataCategories")}
          >
            {(props) => <input {...props} name="personalDataCategories" type="text" autoComplete="off" />}
          </FormField>
          <FormField
            id="dv-legal-basis"
            label="Legal basis"
            required
            hint="The GDPR Article 6 basis for processing it."
            error={errors.legalBasis}
          >
            {(props) => (
              <select {...props} name="legalBasis" defaultValue="">
                <option value="">Choose a legal basis</option>
                {(Object.keys(LEGAL_BASIS_LABELS) as LegalBasis[]).map((basis) => (
                  <option key={basis} value={basis}>
                    {LEGAL_BASIS_LABELS[basis]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </fieldset>
      )}
      <FormError message={message} />
      {created !== undefined && (
        <p
          role="status"
          className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          Version {created} was added.
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add version"}
      </Button>
    </form>
  );
}
