"use client";

import { useState } from "react";
import type { ServerAction } from "@/lib/action-result";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { NewTokenSecret } from "./new-token-secret";

type CreateTokenInput = { name: string; expiresInDays: number; scopes: string[]; team?: string };
type Props = {
  createToken: ServerAction<CreateTokenInput, { name: string; secret: string }>;
  /** the teams the token may create for; the choice is offered when there are several */
  teams: { slug: string; name: string }[];
};

const SCOPES = [
  { value: "read", label: "Read", hint: "GET requests: lists, details, metrics" },
  { value: "write", label: "Write", hint: "Create and change things your role may change" },
];

export function CreateTokenForm({ createToken, teams }: Props) {
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const { formRef, pending, submit, errors, errorOf, message } = useActionForm(createToken, {
    onSuccess: setCreated,
    resetOnSuccess: true,
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      expiresInDays: Number(form.get("expiresInDays")),
      scopes: form.getAll("scopes").map(String),
      ...(form.get("team") ? { team: String(form.get("team")) } : {}),
    };
    submit(input);
  }

  if (created)
    return <NewTokenSecret name={created.name} secret={created.secret} onDone={() => setCreated(null)} />;

  const scopesError = errorOf("scopes");
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
      <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
        <FormField
          id="token-name"
          label="Name"
          required
          hint="What uses it, e.g. “training pipeline”. At most 100 characters."
          error={errors.name}
        >
          {(props) => <input {...props} name="name" type="text" maxLength={100} autoComplete="off" />}
        </FormField>
        <FormField
          id="token-expiry"
          label="Expires after (days)"
          hint="1 to 365 days."
          error={errors.expiresInDays}
        >
          {(props) => (
            <input
              {...props}
              name="expiresInDays"
              type="number"
              min={1}
              max={365}
              step={1}
              defaultValue={90}
            />
          )}
        </FormField>
      </div>
      <fieldset aria-describedby={scopesError ? "token-scopes-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">Scopes</legend>
        <div className="mt-1 flex flex-wrap gap-6">
          {SCOPES.map((scope) => (
            <label key={scope.value} className="flex items-start gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                name="scopes"
                value={scope.value}
                defaultChecked
                className="mt-0.5 h-4 w-4 rounded border-slate-400"
              />
              <span>
                <span className="font-medium">{scope.label}</span>
                <span className="block text-xs text-slate-600">{scope.hint}</span>
              </span>
            </label>
          ))}
        </div>
        {scopesError && (
          <p id="token-scopes-error" className="mt-1 text-xs font-medium text-red-700">
            {scopesError}
          </p>
        )}
      </fieldset>
      {teams.length > 1 && (
        <FormField
          id="token-team"
          label="Creates for"
          hint="Models and datasets it creates without naming a team go to this one. MLflow's register_model names no team, so give a pipeline's token its team."
          error={errors.team}
        >
          {(props) => (
            <select {...props} name="team" defaultValue="">
              <option value="">No team: each creation names one</option>
              {teams.map((team) => (
                <option key={team.slug} value={team.slug}>
                  {team.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <FormError message={message} />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create token"}
      </Button>
    </form>
  );
}
