"use client";

import { useRouter } from "next/navigation";
import type { ServerAction } from "@/lib/action-result";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import { filledFields, useActionForm } from "@/components/ui/use-action-form";

export type OpenErasureInput = {
  datasetVersionId: string;
  subjectReference: string;
  dueAt: string;
  reason?: string;
};

/** An officer opens an erasure request against one version of the dataset; the request page lists what it reaches. */
export function OpenErasureForm({
  versions,
  open,
}: {
  versions: { id: string; version: number; label: string | null; containsPersonalData: boolean }[];
  open: ServerAction<OpenErasureInput, { id: string }>;
}) {
  const router = useRouter();
  const { formRef, pending, submit, errors, message } = useActionForm(open, {
    onSuccess: ({ id }) => router.push(`/erasure-requests/${id}`),
  });
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const {
      datasetVersionId = "",
      subjectReference = "",
      dueAt = "",
      reason,
    } = filledFields(event.currentTarget);
    submit({ datasetVersionId, subjectReference, dueAt, ...(reason ? { reason } : {}) });
  }
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4"
      aria-label="Open an erasure request"
    >
      <div className="grid gap-4 md:grid-cols-3">
        <FormField id="erasure-version" label="Dataset version" required error={errors.datasetVersionId}>
          {(props) => (
            <select
              {...props}
              name="datasetVersionId"
              defaultValue={versions.find((v) => v.containsPersonalData)?.id}
            >
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  v{v.version}
                  {v.label ? ` (${v.label})` : ""}
                  {v.containsPersonalData ? ", personal data" : ""}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id="erasure-subject"
          label="Data subject"
          required
          hint="How the request identifies the person, e.g. a customer id"
          error={errors.subjectReference}
        >
          {(props) => (
            <input {...props} name="subjectReference" type="text" maxLength={500} autoComplete="off" />
          )}
        </FormField>
        <FormField
          id="erasure-due"
          label="Due date"
          required
          hint="GDPR Art. 12(3): one month from receipt"
          error={errors.dueAt}
        >
          {(props) => <input {...props} name="dueAt" type="date" />}
        </FormField>
      </div>
      <FormField
        id="erasure-reason"
        label="Reason"
        hint="e.g. GDPR Article 17 request received on…"
        error={errors.reason}
      >
        {(props) => <input {...props} name="reason" type="text" maxLength={4000} autoComplete="off" />}
      </FormField>
      <FormError message={message} />
      <Button type="submit" disabled={pending}>
        {pending ? "Opening…" : "Open erasure request"}
      </Button>
    </form>
  );
}
