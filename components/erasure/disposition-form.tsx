"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ServerAction } from "@/lib/action-result";
import { Button } from "@/components/ui/button";
import { FieldMessages, FormError, inputClassName } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { ERASURE_DISPOSITION_LABELS } from "@/lib/labels";

export type DispositionInput = { versionId: string; disposition: string; reason?: string };

/**
 * One affected version's decision: RETRAIN, RETIRE (opens an archive request) or NO_ACTION with a
 * reason. Decide stays disabled until a disposition is chosen.
 */
export function DispositionForm({
  versionId,
  decide,
}: {
  versionId: string;
  decide: ServerAction<DispositionInput, { status: string }>;
}) {
  const router = useRouter();
  // Nothing chosen at first: a decision about someone's data is never one click on a default.
  const [disposition, setDisposition] = useState("");
  const { formRef, pending, submit, errors, message } = useActionForm(decide, {
    onSuccess: () => router.refresh(),
  });
  const id = `disposition-${versionId}`;
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get("reason") ?? "").trim();
    submit({ versionId, disposition, ...(reason ? { reason } : {}) });
  }
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="flex flex-wrap items-start gap-2"
      aria-label="Disposition"
    >
      <label className="sr-only" htmlFor={`${id}-choice`}>
        Disposition
      </label>
      <select
        id={`${id}-choice`}
        value={disposition}
        onChange={(event) => setDisposition(event.target.value)}
        className="rounded-md border border-slate-300 px-2 py-1.5 text-sm"
      >
        <option value="" disabled>
          Choose a disposition…
        </option>
        {Object.entries(ERASURE_DISPOSITION_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <div className="min-w-48 flex-1">
        <label className="sr-only" htmlFor={`${id}-reason`}>
          Reason
        </label>
        <input
          id={`${id}-reason`}
          name="reason"
          type="text"
          maxLength={4000}
          placeholder={
            disposition === "NO_ACTION" ? "Why no action is needed (required)" : "Reason (optional)"
          }
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason || errors.versionId ? `${id}-error` : undefined}
          className={inputClassName(!!errors.reason)}
        />
        <FieldMessages id={id} error={errors.reason ?? errors.versionId} />
      </div>
      <Button type="submit" variant="secondary" disabled={pending || !disposition}>
        {pending ? "Saving…" : "Decide"}
      </Button>
      {message && !errors.reason && !errors.versionId && <FormError message={message} />}
    </form>
  );
}
