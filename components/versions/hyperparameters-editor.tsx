"use client";

import { useDeferredValue } from "react";
import { Button } from "@/components/ui/button";
import { readJsonObject } from "@/lib/registration/parse-fields";

type Props = { value: string; onChange: (value: string) => void; error?: string };

/** A JSON textarea that says, as you type, whether it holds a JSON object (and where it breaks when not). */
export function HyperparametersEditor({ value, onChange, error }: Props) {
  const deferred = useDeferredValue(value);
  const read = readJsonObject(deferred);
  const live =
    "error" in read
      ? read.error
      : read.value
        ? `Valid JSON object with ${Object.keys(read.value).length} key(s)`
        : "Empty: no hyperparameters recorded";
  const message = error ?? live;
  const bad = !!error || "error" in read;
  return (
    <div>
      <div className="flex items-end justify-between">
        <label htmlFor="hyperparameters" className="block text-sm font-medium text-slate-800">
          Hyperparameters (JSON)
        </label>
        <Button
          variant="ghost"
          className="text-xs"
          disabled={"error" in read || !read.value}
          onClick={() => "value" in read && read.value && onChange(JSON.stringify(read.value, null, 2))}
        >
          Format JSON
        </Button>
      </div>
      <textarea
        id="hyperparameters"
        rows={8}
        spellCheck={false}
        value={value}
        placeholder={'{\n  "learning_rate": 0.0002,\n  "epochs": 3,\n  "batch_size": 16\n}'}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={bad ? true : undefined}
        aria-describedby="hyperparameters-status"
        className={`mt-1 w-full rounded-md border px-3 py-2 font-mono text-sm focus:outline-none focus:ring-2 ${bad ? "border-red-500 focus:ring-red-200" : "border-slate-300 focus:ring-indigo-200"}`}
      />
      <p
        id="hyperparameters-status"
        aria-live="polite"
        className={`mt-1 text-xs ${bad ? "font-medium text-red-700" : "text-slate-600"}`}
      >
        {message}
      </p>
    </div>
  );
}
