"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ServerAction } from "@/lib/action-result";
import type { PolicyMode, Stage } from "@/generated/prisma/enums";
import { policyInputSchema, type PolicyRule } from "@/lib/policy/rules";
import { fieldErrorsOf } from "@/lib/validation";
import { PolicySettingsFields } from "./policy-settings-fields";
import { RuleList } from "./rule-list";
import { draftOf, ruleOf, type RuleDraft } from "@/lib/policy/rule-drafts";
import { ErrorSummary } from "@/components/ui/error-summary";
import { policyFieldName } from "./policy-field-name";

export type PolicyFormValues = {
  name: string;
  description: string | null;
  targetStage: Stage;
  mode: PolicyMode;
  enabled: boolean;
  rules: PolicyRule[];
};

type Props = {
  initial?: PolicyFormValues;
  /** why the stored rules could not be loaded into the form (they are replaced on save) */
  unreadableRules?: string | null;
  action: ServerAction<unknown, { id: string }>;
  cancelHref: string;
  submitLabel: string;
};

/**
 * A policy as a form: its settings, its rules as cards (one kind each, with that kind's own fields) and
 * a change note. Checked with the same schema as the server before sending; whatever the server still
 * refuses comes back keyed the same way (`rules.2.threshold`) and shows beside that field.
 */
export function PolicyForm({ initial, unreadableRules, action, cancelHref, submitLabel }: Props) {
  const router = useRouter();
  const { summaryRef, pending, submit, errors, message, attempt, refuse, clear } = useActionForm(action, {
    onSuccess: ({ id }) => router.push(`/policies/${id}`),
  });
  const [settings, setSettings] = useState({
    name: initial?.name ?? "",
    description: initial?.description ?? "",
    targetStage: initial?.targetStage ?? ("PRODUCTION" as Stage),
    mode: initial?.mode ?? ("SHADOW" as PolicyMode),
    enabled: initial?.enabled ?? true,
  });
  const [drafts, setDrafts] = useState<RuleDraft[]>(() => (initial?.rules ?? []).map(draftOf));
  const [changeNote, setChangeNote] = useState("");

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      ...settings,
      description: settings.description.trim() || undefined,
      rules: drafts.map(ruleOf),
      changeNote: changeNote.trim() || undefined,
    };
    const checked = policyInputSchema.safeParse(input);
    if (!checked.success)
      return refuse("Please correct the highlighted fields", fieldErrorsOf(checked.error));
    submit(input);
  }

  // Messages name rules by position: once cards move, they would point at the wrong ones.
  const changeRules = (next: RuleDraft[], moved: boolean) => {
    setDrafts(next);
    if (moved) clear();
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Policy" className="space-y-8">
      <ErrorSummary
        key={attempt}
        ref={summaryRef}
        message={message}
        errors={errors}
        nameOf={(key) =>
          policyFieldName(
            key,
            drafts.map((d) => d.id),
          )
        }
      />
      <PolicySettingsFields value={settings} errors={errors} onChange={setSettings} />
      <RuleList drafts={drafts} errors={errors} unreadableRules={unreadableRules} onChange={changeRules} />
      <FormField
        id="changeNote"
        label="Change note"
        error={errors.changeNote}
        hint="Why this version: shown beside its differences in the policy's history."
      >
        {(p) => (
          <textarea
            {...p}
            rows={2}
            maxLength={1000}
            value={changeNote}
            onChange={(event) => setChangeNote(event.target.value)}
          />
        )}
      </FormField>
      <div className="flex items-center justify-end gap-3 border-t border-slate-200 pt-4">
        <ButtonLink href={cancelHref} variant="secondary">
          Cancel
        </ButtonLink>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}
