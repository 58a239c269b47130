"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Stage } from "@/generated/prisma/enums";
import type { ServerAction } from "@/lib/action-result";
import type { StageOverrideInput } from "@/lib/schemas/promotions";
import { STAGE_LABELS } from "@/lib/labels";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";

/**
 * An admin's emergency stage change, folded away behind a red disclosure: it skips every policy and
 * approval, so it asks for a reason and an explicit acknowledgement, and says where it will be recorded.
 */
export function EmergencyOverride({
  stage,
  override,
}: {
  stage: Stage;
  override: ServerAction<StageOverrideInput, unknown>;
}) {
  const router = useRouter();
  const [understood, setUnderstood] = useState(false);
  const { formRef, pending, submit, errors, message } = useActionForm(override, {
    onSuccess: () => (setUnderstood(false), router.refresh()),
    resetOnSuccess: true,
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    submit({ toStage: String(data.get("toStage")) as Stage, reason: String(data.get("reason") ?? "") });
  }

  return (
    <details className="group rounded-lg border-2 border-red-300 bg-white">
      <summary className="flex cursor-pointer items-center gap-2 rounded-lg px-4 py-3 text-sm font-semibold text-red-800 hover:bg-red-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-500">
        <span aria-hidden>⚠</span>
        Emergency override
        <span className="font-normal text-red-700">· change the stage without review (admins only)</span>
      </summary>
      <form
        ref={formRef}
        onSubmit={onSubmit}
        noValidate
        className="border-t border-red-200 p-4"
        aria-label="Emergency override"
      >
        <div className="max-w-2xl space-y-4">
          <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-900">
            This moves the version now and skips every policy and approval. It is recorded in the audit trail
            with your name and reason, and this version&apos;s page says so until its stage changes again.
          </p>
          <FormField id="override-stage" label="Move to" required error={errors.toStage}>
            {(props) => (
              <select {...props} name="toStage" defaultValue="">
                <option value="" disabled>
                  Choose a stage
                </option>
                {Object.values(Stage)
                  .filter((target) => target !== stage)
                  .map((target) => (
                    <option key={target} value={target}>
                      {STAGE_LABELS[target]}
                    </option>
                  ))}
              </select>
            )}
          </FormField>
          <FormField
            id="override-reason"
            label="Reason"
            required
            hint="Why this cannot wait for a review: the incident, the ticket, who asked."
            error={errors.reason}
          >
            {(props) => <textarea {...props} name="reason" rows={3} maxLength={4000} />}
          </FormField>
          <label className="flex gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              checked={understood}
              onChange={(event) => setUnderstood(event.target.checked)}
            />
            I understand that this skips every policy and approval.
          </label>
          <FormError message={message} />
          <Button type="submit" variant="danger" disabled={!understood || pending}>
            {pending ? "Overriding…" : "Override the stage"}
          </Button>
        </div>
      </form>
    </details>
  );
}
