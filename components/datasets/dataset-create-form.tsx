"use client";

import { useRouter } from "next/navigation";
import type { ServerAction } from "@/lib/action-result";
import { Button, ButtonLink } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";

export type CreateDatasetFormInput = {
  slug: string;
  name: string;
  source: string;
  license: string;
  description: string;
  teamId?: string;
};

type Props = {
  /** the teams the user may give the dataset to; a choice appears only when there is more than one */
  teams: { id: string; name: string }[];
  createDataset: ServerAction<CreateDatasetFormInput, { id: string }>;
};

export function DatasetCreateForm({ teams, createDataset }: Props) {
  const router = useRouter();
  const { formRef, pending, submit, errors, message } = useActionForm(createDataset, {
    onSuccess: ({ id }) => router.push(`/datasets/${id}`),
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const input: CreateDatasetFormInput = {
      slug: text("slug"),
      name: text("name"),
      source: text("source"),
      license: text("license"),
      description: text("description"),
      ...(teams.length > 1 ? { teamId: text("teamId") || undefined } : {}),
    };
    submit(input);
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Register a dataset">
      <div className="grid gap-4 md:grid-cols-2">
        <FormField id="dataset-name" label="Name" required error={errors.name}>
          {(props) => <input {...props} name="name" type="text" maxLength={200} autoComplete="off" />}
        </FormField>
        <FormField
          id="dataset-slug"
          label="Slug"
          required
          hint="Lowercase letters, digits, '.', '_' and '-'; used in links and the API. It cannot change."
          error={errors.slug}
        >
          {(props) => (
            <input
              {...props}
              name="slug"
              type="text"
              maxLength={100}
              autoComplete="off"
              spellCheck={false}
              className={`${props.className} font-mono`}
            />
          )}
        </FormField>
        <FormField
          id="dataset-source"
          label="Source"
          required
          hint="Where the data comes from: a URL, a system, a vendor."
          error={errors.source}
        >
          {(props) => <input {...props} name="source" type="text" maxLength={2000} autoComplete="off" />}
        </FormField>
        <FormField
          id="dataset-license"
          label="Licence"
          required
          hint="e.g. CC-BY-4.0, internal, proprietary"
          error={errors.license}
        >
          {(props) => <input {...props} name="license" type="text" maxLength={100} autoComplete="off" />}
        </FormField>
        {teams.length > 1 && (
          <FormField
            id="dataset-team"
            label="Owning team"
            required
            hint="Its members (and admins) can add versions."
            error={errors.teamId}
          >
            {(props) => (
              <select {...props} name="teamId" defaultValue="">
                <option value="" disabled>
                  Choose a team
                </option>
                {teams.map((team) => (
                  <option key={team.id} value={team.id}>
                    {team.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
      </div>
      <FormField id="dataset-description" label="Description" error={errors.description}>
        {(props) => <textarea {...props} name="description" rows={4} maxLength={10_000} />}
      </FormField>
      <FormError message={message} />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Registering…" : "Register dataset"}
        </Button>
        <ButtonLink href="/datasets" variant="ghost">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}
