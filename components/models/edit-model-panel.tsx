"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import type { RiskTier } from "@/generated/prisma/enums";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ServerAction } from "@/lib/action-result";
import { RISK_LABELS, RISK_TIERS } from "@/lib/labels";

type Editable = {
  description: string | null;
  license: string | null;
  task: string | null;
  riskTier: RiskTier;
  intendedUse: string | null;
};
type Props = {
  model: Editable;
  mayEdit: boolean;
  action: ServerAction<Record<string, string>, { slug: string }>;
  /** the read-only facts, shown while not editing */
  children: React.ReactNode;
};

/** The model's facts, with an "Edit" that swaps them for a form (descriptive fields only: kind and slug never change). */
export function EditModelPanel({ model, mayEdit, action, children }: Props) {
  const router = useRouter();
  const editButton = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const {
    formRef,
    pending,
    submit,
    message,
    errorOf: err,
    clear,
  } = useActionForm(action, {
    onSuccess: () => (close(true), router.refresh()),
  });

  function close(wasSaved: boolean) {
    setEditing(false);
    clear();
    setSaved(wasSaved);
    requestAnimationFrame(() => editButton.current?.focus());
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Every field is sent: an emptied one clears the value (the schema reads "" as null).
    submit(
      Object.fromEntries(
        [...new FormData(event.currentTarget)].map(([key, value]) => [key, String(value).trim()]),
      ),
    );
  }

  if (!editing) {
    return (
      <div>
        {children}
        {mayEdit && (
          <div className="mt-4 flex items-center gap-3 border-t border-slate-100 pt-4">
            <button
              ref={editButton}
              type="button"
              className={buttonClass("secondary")}
              onClick={() => (setEditing(true), setSaved(false))}
            >
              Edit details
            </button>
            <p role="status" className="text-sm text-emerald-800">
              {saved ? "Saved. The change is in the audit log." : ""}
            </p>
          </div>
        )}
      </div>
    );
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Edit model details" className="space-y-4">
      <FormError message={message} />
      <FormField id="edit-description" label="Description" error={err("description")}>
        {(p) => <textarea {...p} name="description" rows={3} defaultValue={model.description ?? ""} />}
      </FormField>
      <div className="grid gap-4 md:grid-cols-3">
        <FormField id="edit-license" label="Licence" error={err("license")}>
          {(p) => <input {...p} name="license" maxLength={100} defaultValue={model.license ?? ""} />}
        </FormField>
        <FormField id="edit-task" label="Task" error={err("task")}>
          {(p) => <input {...p} name="task" maxLength={100} defaultValue={model.task ?? ""} />}
        </FormField>
        <FormField id="edit-riskTier" label="Risk tier" error={err("riskTier")}>
          {(p) => (
            <select {...p} name="riskTier" defaultValue={model.riskTier}>
              {RISK_TIERS.map((tier) => (
                <option key={tier} value={tier}>
                  {RISK_LABELS[tier]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField id="edit-intendedUse" label="Intended use" error={err("intendedUse")}>
        {(p) => <textarea {...p} name="intendedUse" rows={3} defaultValue={model.intendedUse ?? ""} />}
      </FormField>
      <div className="flex justify-end gap-3">
        <Button variant="secondary" onClick={() => close(false)} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save changes"}
        </Button>
      </div>
    </form>
  );
}
