import type { ModelKind } from "@/generated/prisma/enums";
import { KIND_HINTS, KIND_LABELS, MODEL_KINDS } from "@/lib/labels";

/** The kind as radio cards with what each means: it decides the registration form and never changes later. */
export function ModelKindField({ error, defaultValue }: { error?: string; defaultValue?: ModelKind }) {
  return (
    <fieldset aria-describedby={error ? "kind-error" : "kind-hint"}>
      <legend className="text-sm font-medium text-slate-800">
        Kind<span className="text-red-700"> *</span>
      </legend>
      <p id="kind-hint" className="text-xs text-slate-600">
        Decides what a version records (an adapter&apos;s base, a merge&apos;s parents...). It cannot change
        later.
      </p>
      <div className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {MODEL_KINDS.map((kind) => (
          <label
            key={kind}
            className={`flex cursor-pointer gap-2 rounded-md border p-3 text-sm has-[:checked]:border-indigo-500 has-[:checked]:bg-indigo-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-indigo-300 ${error ? "border-red-400" : "border-slate-300"}`}
          >
            <input
              type="radio"
              name="kind"
              value={kind}
              defaultChecked={kind === defaultValue}
              className="mt-0.5"
            />
            <span>
              <span className="block font-medium text-slate-900">{KIND_LABELS[kind]}</span>
              <span className="block text-xs text-slate-600">{KIND_HINTS[kind]}</span>
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id="kind-error" className="mt-1 text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
