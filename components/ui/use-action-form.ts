"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { type ActionFailure, fieldError, type ServerAction } from "@/lib/action-result";
import type { FieldErrors } from "@/lib/errors";

type Options<T> = {
  /** after an answer of ok: navigate, refresh, show what was made; the failure is already cleared */
  onSuccess?: (data: T) => void;
  /** after a refusal, beyond showing it (a blocked promotion refreshes the page that now lists it) */
  onFailure?: (failure: ActionFailure) => void;
  /** empty the form after a success (forms that stay on the page to make another) */
  resetOnSuccess?: boolean;
};

/**
 * The submit lifecycle every form shares: pending while the server action runs, the refusal kept with
 * its code, message, field messages and details, then focus taken to what needs attention (the error
 * summary when the form has one at `summaryRef`, else the first invalid control under `formRef`).
 * `refuse` shows a refusal found in the browser the same way, before anything is sent.
 */
export function useActionForm<I, T>(action: ServerAction<I, T>, options: Options<T> = {}) {
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [pending, startTransition] = useTransition();
  // `attempt` moves focus again when the same refusal comes back twice.
  const [refusal, setRefusal] = useState<{ failure: ActionFailure; attempt: number } | null>(null);
  const failure = refusal?.failure ?? null;

  useEffect(() => {
    if (!refusal) return;
    if (summaryRef.current) summaryRef.current.focus();
    else formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusal]);

  const fail = (next: ActionFailure) => {
    setRefusal((last) => ({ failure: next, attempt: (last?.attempt ?? 0) + 1 }));
    options.onFailure?.(next);
  };

  function submit(input: I) {
    startTransition(async () => {
      const result = await action(input);
      if (!result.ok) return fail(result);
      setRefusal(null);
      if (options.resetOnSuccess) formRef.current?.reset();
      options.onSuccess?.(result.data);
    });
  }

  const errors: FieldErrors = failure?.fields ?? {};
  return {
    formRef,
    summaryRef,
    pending,
    submit,
    failure,
    errors,
    message: failure?.message,
    /** the key that re-mounts an error summary on each refusal, so screen readers announce it again */
    attempt: refusal?.attempt,
    /** a field's message, or the first about something inside it (`tags.2` for `tags`) */
    errorOf: (field: string) => fieldError(errors, field),
    refuse: (message: string, fields: FieldErrors = {}) =>
      fail({ ok: false, code: "validation_failed", message, fields }),
    clear: () => setRefusal(null),
  };
}

/** The form's fields as trimmed strings, empty ones left out (the schemas read absent as "not given"). */
export function filledFields(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() !== "") values[name] = value.trim();
  }
  return values;
}
