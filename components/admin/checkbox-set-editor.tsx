"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmStep } from "@/components/ui/confirm-step";
import { fieldError, type ActionResult } from "@/lib/action-result";

type Props<V extends string> = {
  /** names the set for assistive technology: "Roles of Ada Admin" */
  legend: string;
  /** the field the server's messages are keyed by (`roles`, `teamIds`) */
  field: string;
  options: readonly { value: V; label: string }[];
  initial: readonly V[];
  /** what the save button and the confirmation say: "roles", "teams" */
  noun: string;
  save: (values: V[]) => Promise<ActionResult<unknown>>;
  /** a question to ask before saving this change, or null to save at once */
  confirmation?: (values: V[]) => { question: string; confirm: string } | null;
};

/** A set of checkboxes saved together (a user's roles, a user's teams), with an optional confirm step. */
export function CheckboxSetEditor<V extends string>({
  legend,
  field,
  options,
  initial,
  noun,
  save,
  confirmation,
}: Props<V>) {
  const [values, setValues] = useState<V[]>([...initial]);
  const [asking, setAsking] = useState<{ question: string; confirm: string } | null>(null);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  const changed = values.length !== initial.length || values.some((value) => !initial.includes(value));
  const errorId = `${legend.replace(/\W+/g, "-")}-error`;

  function toggle(value: V, checked: boolean) {
    setSaved(false);
    setError(undefined);
    setAsking(null);
    setValues((current) =>
      checked
        ? options.map((o) => o.value).filter((v) => v === value || current.includes(v))
        : current.filter((v) => v !== value),
    );
  }

  function submit(confirmed: boolean) {
    const question = confirmed ? null : (confirmation?.(values) ?? null);
    if (question) return setAsking(question);
    setAsking(null);
    startTransition(async () => {
      const result = await save(values);
      if (result.ok) setSaved(true);
      else setError(fieldError(result.fields, field) ?? result.message);
    });
  }

  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="sr-only">{legend}</legend>
      <div className="grid grid-cols-2 gap-x-4 gap-y-1">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              checked={values.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              className="h-4 w-4 rounded border-slate-400"
            />
            {option.label}
          </label>
        ))}
      </div>
      {asking ? (
        <ConfirmStep
          label={`Confirm: ${asking.question}`}
          explanation={asking.question}
          confirm={asking.confirm}
          onConfirm={() => submit(true)}
          onCancel={() => setAsking(null)}
          pending={pending}
          className="mt-2 space-y-2"
        />
      ) : (
        <div className="mt-2 flex items-center gap-2">
          {changed && (
            <>
              <Button variant="secondary" onClick={() => submit(false)} disabled={pending}>
                {pending ? "Saving…" : `Save ${noun}`}
              </Button>
              <Button
                variant="ghost"
                onClick={() => (setValues([...initial]), setError(undefined))}
                disabled={pending}
              >
                Undo
              </Button>
            </>
          )}
          {saved && !changed && (
            <span role="status" className="text-xs text-emerald-800">
              {noun.charAt(0).toUpperCase() + noun.slice(1)} saved
            </span>
          )}
        </div>
      )}
      {error && (
        <p id={errorId} role="alert" className="mt-1 text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
