"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import { filledFields, useActionForm } from "@/components/ui/use-action-form";
import type { ServerAction } from "@/lib/action-result";
import { suggestSlug } from "./suggest-slug";
import { RISK_LABELS, RISK_TIERS } from "@/lib/labels";
import { ModelKindField } from "./model-kind-field";

type Team = { id: string; slug: string; name: string };
type Props = { teams: Team[]; action: ServerAction<Record<string, string>, { slug: string }> };

const legend = "text-base font-semibold text-slate-900";

/** Creates a model through the server action; every refused field shows its message beside it, and nothing typed is lost. */
export function CreateModelForm({ teams, action }: Props) {
  const router = useRouter();
  const {
    formRef,
    pending,
    submit,
    message,
    errorOf: err,
  } = useActionForm(action, {
    onSuccess: ({ slug }) => router.push(`/models/${slug}`),
  });
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit(filledFields(event.currentTarget));
  }

  // The slug follows the name until someone edits it.
  const suggest = (text: string) => {
    if (!slugEdited) setSlug(suggestSlug(text));
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-8">
      <FormError message={message} />
      <fieldset className="space-y-4">
        <legend className={legend}>Identity</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <FormField id="name" label="Name" required error={err("name")}>
            {(p) => <input {...p} name="name" maxLength={200} onChange={(e) => suggest(e.target.value)} />}
          </FormField>
          <FormField
            id="slug"
            label="Slug"
            required
            error={err("slug")}
            hint="Lowercase letters, digits, '.', '_' and '-'; used in addresses and the API."
          >
            {(p) => (
              <input
                {...p}
                name="slug"
                maxLength={100}
                value={slug}
                onChange={(e) => {
                  setSlugEdited(true);
                  setSlug(e.target.value);
                }}
                className={`${p.className} font-mono`}
              />
            )}
          </FormField>
        </div>
        <ModelKindField error={err("kind")} />
        <FormField
          id="teamId"
          label="Owner team"
          required
          error={err("teamId")}
          hint="The team whose members may change this model and register its versions."
        >
          {(p) => (
            <select {...p} name="teamId" defaultValue={teams.length === 1 ? teams[0]!.id : ""}>
              {teams.length !== 1 && <option value="">Choose a team</option>}
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className={legend}>Governance</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <FormField
            id="riskTier"
            label="Risk tier"
            error={err("riskTier")}
            hint="High-risk models face stricter promotion policies."
          >
            {(p) => (
              <select {...p} name="riskTier" defaultValue="MINIMAL">
                {RISK_TIERS.map((tier) => (
                  <option key={tier} value={tier}>
                    {RISK_LABELS[tier]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField
            id="license"
            label="Licence"
            error={err("license")}
            hint="An SPDX id or a name, e.g. apache-2.0 or llama3.1."
          >
            {(p) => <input {...p} name="license" maxLength={100} />}
          </FormField>
        </div>
        <FormField
          id="intendedUse"
          label="Intended use"
          error={err("intendedUse")}
          hint="What it is for, and for whom: auditors read this first."
        >
          {(p) => <textarea {...p} name="intendedUse" rows={3} />}
        </FormField>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className={legend}>Details</legend>
        <FormField id="description" label="Description" error={err("description")}>
          {(p) => <textarea {...p} name="description" rows={3} />}
        </FormField>
        <div className="grid gap-4 md:grid-cols-3">
          <FormField id="task" label="Task" error={err("task")} hint="e.g. text-generation">
            {(p) => <input {...p} name="task" maxLength={100} />}
          </FormField>
          <FormField
            id="baseFamily"
            label="Base family"
            error={err("baseFamily")}
            hint="e.g. llama, mistral, qwen2"
          >
            {(p) => <input {...p} name="baseFamily" maxLength={100} />}
          </FormField>
          <FormField
            id="hfId"
            label="Hugging Face id"
            error={err("hfId")}
            hint="gpt2 or org/name, when the model mirrors one"
          >
            {(p) => <input {...p} name="hfId" maxLength={200} className={`${p.className} font-mono`} />}
          </FormField>
        </div>
      </fieldset>

      <div className="flex items-center justify-end gap-3 border-t border-slate-200 pt-4">
        <ButtonLink href="/models" variant="secondary">
          Cancel
        </ButtonLink>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create model"}
        </Button>
      </div>
    </form>
  );
}
