"use client";

import { useState } from "react";
import type { ServerAction } from "@/lib/action-result";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";

type AlertInput = { id: string; comment?: string };
export type AlertActionsProps = {
  alert: { id: string; title: string; status: string };
  acknowledge: ServerAction<AlertInput, unknown>;
  resolve: ServerAction<{ id: string; comment: string }, unknown>;
};

/** Acknowledge in one click; resolve asks how, in place (the comment goes into the audit trail). */
export function AlertActions({ alert, acknowledge, resolve }: AlertActionsProps) {
  const [resolving, setResolving] = useState(false);
  const {
    pending: acknowledging,
    submit: submitAcknowledge,
    message: acknowledgeRefusal,
  } = useActionForm(acknowledge);
  const { formRef, pending, submit, errors, errorOf, message } = useActionForm(resolve, {
    onSuccess: () => setResolving(false),
  });

  if (alert.status === "RESOLVED") return null;
  if (resolving)
    return (
      <form
        ref={formRef}
        noValidate
        aria-label={`Resolve: ${alert.title}`}
        className="w-72 space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          submit({
            id: alert.id,
            comment: String(new FormData(event.currentTarget).get("comment") ?? ""),
          });
        }}
      >
        <FormField
          id={`resolve-${alert.id}`}
          label="How was it resolved?"
          required
          error={errorOf("comment")}
        >
          {(props) => <textarea {...props} name="comment" rows={2} maxLength={4000} />}
        </FormField>
        <FormError message={errors.comment ? undefined : message} />
        <div className="flex gap-2">
          <Button type="submit" disabled={pending}>
            {pending ? "Resolving…" : "Resolve alert"}
          </Button>
          <Button variant="ghost" onClick={() => setResolving(false)} disabled={pending}>
            Cancel
          </Button>
        </div>
      </form>
    );
  return (
    <div className="flex flex-wrap gap-2">
      {alert.status === "OPEN" && (
        <Button
          variant="secondary"
          disabled={acknowledging}
          aria-label={`Acknowledge: ${alert.title}`}
          onClick={() => submitAcknowledge({ id: alert.id })}
        >
          {acknowledging ? "Acknowledging…" : "Acknowledge"}
        </Button>
      )}
      <Button variant="secondary" aria-label={`Resolve: ${alert.title}`} onClick={() => setResolving(true)}>
        Resolve
      </Button>
      {acknowledgeRefusal && (
        <p role="alert" className="w-full text-xs font-medium text-red-700">
          {acknowledgeRefusal}
        </p>
      )}
    </div>
  );
}
