"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import type { Stage } from "@/generated/prisma/enums";
import type { ServerAction } from "@/lib/action-result";
import type { PromotionRequestInput } from "@/lib/schemas/promotions";
import { STAGE_LABELS } from "@/lib/labels";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { BlockedRules, blockingRulesOf } from "./blocked-rules";
import { PolicyCheck } from "./policy-check";

const TARGET_HINTS: Partial<Record<Stage, string>> = {
  STAGING: "Pre-production: tested against real traffic patterns, not serving users.",
  PRODUCTION: "Serves users. Officers review the evidence; enforced policies must pass.",
  ARCHIVED: "Retire this version for good: an archived version never moves again.",
};

/**
 * "Request promotion" and its form, in a modal dialog: the target stages the version may move to, the
 * justification officers read first, and for PRODUCTION whether the current production version keeps
 * serving. A refusal by an enforced policy lists the failing rules and links the stored blocked request.
 */
export function RequestPromotion({
  versionId,
  targets,
  pendingTargets,
  request,
}: {
  versionId: string;
  targets: Stage[];
  pendingTargets: Stage[];
  request: ServerAction<PromotionRequestInput, { id: string }>;
}) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const open = targets.filter((stage) => !pendingTargets.includes(stage));
  const [target, setTarget] = useState<Stage | undefined>(open.length === 1 ? open[0] : undefined);
  const { formRef, pending, submit, failure, errors, message } = useActionForm(request, {
    onSuccess: () => {
      dialog.current?.close();
      router.push(`/versions/${versionId}?tab=promotions`);
      router.refresh();
    },
    // A blocked request is stored: the version's Promotions tab lists it from now on.
    onFailure: (refusal) => refusal.code === "policy_blocked" && router.refresh(),
  });
  const blocked = failure?.code === "policy_blocked" ? blockingRulesOf(failure.details) : null;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      toStage: String(form.get("toStage") ?? "") as Stage,
      justification: String(form.get("justification") ?? ""),
      ...(form.get("toStage") === "PRODUCTION"
        ? { keepPreviousProduction: form.get("keepPreviousProduction") === "on" }
        : {}),
    };
    submit(input);
  }

  return (
    <>
      <Button onClick={() => dialog.current?.showModal()}>Request promotion</Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-full max-w-xl rounded-lg border border-slate-200 bg-white p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <form
          ref={formRef}
          onSubmit={onSubmit}
          noValidate
          className="space-y-5 p-6"
          aria-labelledby={titleId}
        >
          <div className="flex items-start justify-between gap-4">
            <div>
              <h2 id={titleId} className="text-lg font-semibold text-slate-900">
                Request promotion
              </h2>
              <p className="mt-1 text-sm text-slate-600">
                Every enabled policy for the target stage judges this version now; the results are frozen on
                the request for the officers who review it.
              </p>
            </div>
            <Button variant="ghost" onClick={() => dialog.current?.close()} aria-label="Close">
              <span aria-hidden>✕</span>
            </Button>
          </div>
          <fieldset aria-describedby={errors.toStage ? "promote-stage-error" : undefined}>
            <legend className="text-sm font-medium text-slate-800">
              Target stage<span className="text-red-700"> *</span>
            </legend>
            <div className="mt-2 space-y-2">
              {targets.map((stage) => {
                const taken = pendingTargets.includes(stage);
                return (
                  <label
                    key={stage}
                    className={`flex gap-3 rounded-md border p-3 text-sm ${target === stage ? "border-indigo-500 bg-indigo-50" : "border-slate-200"} ${taken ? "opacity-60" : "cursor-pointer"}`}
                  >
                    <input
                      type="radio"
                      name="toStage"
                      value={stage}
                      checked={target === stage}
                      disabled={taken}
                      onChange={() => setTarget(stage)}
                      className="mt-0.5"
                    />
                    <span>
                      <span className="font-medium text-slate-900">{STAGE_LABELS[stage]}</span>
                      <span className="block text-slate-600">
                        {taken ? "A request for this stage is already pending." : TARGET_HINTS[stage]}
                      </span>
                    </span>
                  </label>
                );
              })}
            </div>
            {errors.toStage && (
              <p id="promote-stage-error" className="mt-1 text-xs font-medium text-red-700">
                {errors.toStage}
              </p>
            )}
          </fieldset>
          <FormField
            id="promote-justification"
            label="Justification"
            required
            hint="What changed, what the evidence shows and why the version is ready. Officers read this first."
            error={errors.justification}
          >
            {(props) => <textarea {...props} name="justification" rows={5} maxLength={4000} />}
          </FormField>
          {target === "PRODUCTION" && (
            <label className="flex gap-3 text-sm text-slate-800">
              <input type="checkbox" name="keepPreviousProduction" className="mt-0.5" />
              <span>
                Keep the current production version serving
                <span className="block text-xs text-slate-600">
                  Otherwise the model&apos;s current production version is archived when this request is
                  approved.
                </span>
              </span>
            </label>
          )}
          <PolicyCheck versionId={versionId} target={target} />
          {blocked ? (
            <BlockedRules rules={blocked.rules} requestId={blocked.requestId} />
          ) : (
            <FormError message={message} />
          )}
          <div className="flex justify-end gap-3">
            <Button variant="secondary" onClick={() => dialog.current?.close()}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending || open.length === 0}>
              {pending ? "Sending…" : "Send request"}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
