"use client";

import { useState } from "react";

export type ImportFailure = { message: string; fields: Record<string, string> };
type State =
  | { phase: "idle" | "reading" }
  | { phase: "done"; file: string }
  | { phase: "error"; file: string; failure: ImportFailure };

type Props<T> = {
  id: string;
  label: string;
  hint: string;
  accept: string;
  endpoint: string;
  contentType: string;
  /** applies what the server read; the returned node describes what was filled in */
  onPrefill: (prefill: T) => React.ReactNode;
};

/** Sends a file's text to an import endpoint (which parses and stores nothing) and reports what it prefilled or why it refused. */
export function RegisterImportFile<T>({
  id,
  label,
  hint,
  accept,
  endpoint,
  contentType,
  onPrefill,
}: Props<T>) {
  const [state, setState] = useState<State>({ phase: "idle" });
  const [summary, setSummary] = useState<React.ReactNode>(null);

  async function read(event: React.ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setState({ phase: "reading" });
    setSummary(null);
    try {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": contentType },
        body: await file.text(),
      });
      const body = await response.json().catch(() => null);
      if (!response.ok) {
        const error = body?.error ?? {};
        return setState({
          phase: "error",
          file: file.name,
          failure: {
            message: error.message ?? `The import failed (${response.status})`,
            fields: error.fields ?? {},
          },
        });
      }
      setSummary(onPrefill(body.prefill as T));
      setState({ phase: "done", file: file.name });
    } catch (error) {
      setState({
        phase: "error",
        file: file.name,
        failure: { message: `The file could not be sent: ${(error as Error).message}`, fields: {} },
      });
    } finally {
      // Lets the same file be imported again after it was fixed.
      input.value = "";
    }
  }

  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {hint}
      </p>
      <input
        id={id}
        type="file"
        accept={accept}
        onChange={read}
        aria-describedby={`${id}-hint ${id}-result`}
        className="mt-2 block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-50"
      />
      <div id={`${id}-result`} aria-live="polite" className="mt-2 text-sm">
        {state.phase === "reading" && <p className="text-slate-600">Reading…</p>}
        {state.phase === "done" && (
          <div className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-emerald-950">
            <p className="font-medium">Imported {state.file}</p>
            {summary}
          </div>
        )}
        {state.phase === "error" && (
          <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-red-900">
            <p className="font-medium">{state.file} was not imported</p>
            <p className="mt-1">{state.failure.message}</p>
            {Object.keys(state.failure.fields).length > 0 && (
              <ul className="mt-1 list-disc pl-5">
                {Object.entries(state.failure.fields).map(([field, message]) => (
                  <li key={field}>
                    <span className="font-mono">{field}</span>: {message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
