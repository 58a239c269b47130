"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ServerAction } from "@/lib/action-result";

type Props = { createTeam: ServerAction<{ slug: string; name: string }, { name: string }> };

/** A new team, which users can then be put in and which can own models and datasets. */
export function CreateTeamForm({ createTeam }: Props) {
  const [created, setCreated] = useState<string>();
  const { formRef, pending, submit, errors, message } = useActionForm(createTeam, {
    resetOnSuccess: true,
    onSuccess: (team) => setCreated(team.name),
    onFailure: () => setCreated(undefined),
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    submit({ slug: String(form.get("slug") ?? ""), name: String(form.get("name") ?? "") });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Create a team" className="space-y-4">
      <div className="grid gap-4 md:grid-cols-2">
        <FormField id="team-name" label="Name" required error={errors.name}>
          {(props) => <input {...props} name="name" type="text" maxLength={100} autoComplete="off" />}
        </FormField>
        <FormField
          id="team-slug"
          label="Slug"
          required
          hint="Lowercase letters, digits, '.', '_' and '-', as in URLs and filters: applied-ml"
          error={errors.slug}
        >
          {(props) => <input {...props} name="slug" type="text" maxLength={100} autoComplete="off" />}
        </FormField>
      </div>
      <FormError message={message} />
      {created && (
        <p
          role="status"
          className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          The team {created} was created.
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create team"}
      </Button>
    </form>
  );
}
