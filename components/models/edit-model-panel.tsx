"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import type { RiskTier } from "@/generated/prisma/enums";
import { fieldError, type ActionResult } from "@/lib/action-result";
import { focusFirstInvalid } from "./action-result";
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
  action: (input: unknown) => Promise<ActionResult<{ slug: string }>>;
  /** the read-only facts, shown while not editing */
  children: React.ReactNode;
};

/** The model's facts, with an "Edit" that swaps them for a form (descriptive fields only: kind and slug never change). */
export function EditModelPanel({ model, mayEdit, action, children }: Props) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [pending, startTransition] = useTransition();
  const err = (name: string) => fieldError(failure?.fields ?? {}, name);

  useEffect(() => {
    if (failure) focusFirstInvalid(form.current);
  }, [failure]);

  function close(wasSaved: boolean) {
    setEditing(false);
    setFailure(null);
    setSaved(wasSaved);
    requestAnimationFrame(() => editButton.current?.focus());
  }

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Every field is sent: an emptied one clears the value (the schema reads "" as null).
    const input = Object.fromEntries(
      [...new FormData(event.currentTarget)].map(([key, value]) => [key, String(value).trim()]),
    );
    startTransition(async () => {
      const result = await action(input);
      if (!result.ok) return setFailure({ message: result.message, fields: result.fieldErrors });
      close(true);
      router.refresh();
    });
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
    <form ref={form} onSubmit={submit} noValidate aria-label="Edit model details" className="space-y-4">
      <FormError message={failure?.message} />
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
