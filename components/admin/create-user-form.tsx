"use client";

import { useState } from "react";
import { ROLE_LABELS, ROLES } from "@/lib/auth/permissions";
import { Button } from "@/components/ui/button";
import { ConfirmStep } from "@/components/ui/confirm-step";
import { FormError, FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ServerAction } from "@/lib/action-result";
import { grantAdminConfirmation } from "./user-roles-editor";

type CreateUserInput = { email: string; name: string; roles: string[]; password: string; teamIds: string[] };
type Props = {
  teams: { id: string; name: string }[];
  createUser: ServerAction<CreateUserInput, { email: string }>;
};

function CheckboxGroup({
  id,
  legend,
  name,
  options,
  error,
}: {
  id: string;
  legend: string;
  name: string;
  options: { value: string; label: string }[];
  error?: string;
}) {
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              className="h-4 w-4 rounded border-slate-400"
            />
            {option.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export function CreateUserForm({ teams, createUser }: Props) {
  const [created, setCreated] = useState<string>();
  // A new admin is confirmed first, as granting Admin to an existing user is.
  const [awaitingAdminConfirmation, setAwaitingAdminConfirmation] = useState<CreateUserInput | null>(null);
  const { formRef, pending, submit, errors, errorOf, message } = useActionForm(createUser, {
    onSuccess: ({ email }) => setCreated(email),
    onFailure: () => setCreated(undefined),
    resetOnSuccess: true,
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      email: String(form.get("email") ?? ""),
      name: String(form.get("name") ?? ""),
      roles: form.getAll("roles").map(String),
      password: String(form.get("password") ?? ""),
      teamIds: form.getAll("teamIds").map(String),
    };
    if (input.roles.includes("ADMIN")) setAwaitingAdminConfirmation(input);
    else submit(input);
  }

  const adminConfirmation =
    awaitingAdminConfirmation &&
    grantAdminConfirmation(awaitingAdminConfirmation.name.trim() || awaitingAdminConfirmation.email);

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
      <div className="grid gap-4 md:grid-cols-3">
        <FormField id="user-email" label="Email" required error={errors.email}>
          {(props) => <input {...props} name="email" type="email" autoComplete="off" />}
        </FormField>
        <FormField id="user-name" label="Name" required error={errors.name}>
          {(props) => <input {...props} name="name" type="text" maxLength={100} autoComplete="off" />}
        </FormField>
        <FormField
          id="user-password"
          label="Initial password"
          hint="At least 12 characters. Leave empty for single sign-on only."
          error={errors.password}
        >
          {(props) => <input {...props} name="password" type="password" autoComplete="new-password" />}
        </FormField>
      </div>
      <CheckboxGroup
        id="user-roles"
        legend="Roles (at least one)"
        name="roles"
        options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
        error={errorOf("roles")}
      />
      {teams.length > 0 && (
        <CheckboxGroup
          id="user-teams"
          legend="Teams"
          name="teamIds"
          options={teams.map((team) => ({ value: team.id, label: team.name }))}
          error={errorOf("teamIds")}
        />
      )}
      <FormError message={message} />
      {created && (
        <p
          role="status"
          className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          {created} was added.
        </p>
      )}
      {adminConfirmation ? (
        <ConfirmStep
          label={`Confirm: ${adminConfirmation.question}`}
          explanation={adminConfirmation.question}
          confirm={adminConfirmation.confirm}
          onConfirm={() => {
            submit(awaitingAdminConfirmation!);
            setAwaitingAdminConfirmation(null);
          }}
          onCancel={() => setAwaitingAdminConfirmation(null)}
          pending={pending}
        />
      ) : (
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add user"}
        </Button>
      )}
    </form>
  );
}
