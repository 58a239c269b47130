"use client";

import { useRouter } from "next/navigation";
import { Button, ButtonLink } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import type { AuditFormValues } from "@/lib/schemas/audit";

type Props = { values: AuditFormValues; entityTypes: string[]; errors: Record<string, string> };

/**
 * A GET form: the filters live in the URL, so a filtered view can be bookmarked and shared. It works
 * without JavaScript; with it, empty fields are left out of the URL.
 */
export function AuditFilterForm({ values, entityTypes, errors }: Props) {
  const router = useRouter();
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget))
      if (typeof value === "string" && value.trim()) query.set(name, value.trim());
    router.push(query.size ? `/audit?${query}` : "/audit");
  }

  // Keep a type from a shared link selectable even if no event of that type exists (any more).
  const types =
    values.entityType && !entityTypes.includes(values.entityType)
      ? [...entityTypes, values.entityType]
      : entityTypes;
  return (
    <form
      method="get"
      action="/audit"
      onSubmit={submit}
      aria-label="Filter audit events"
      className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-6">
        <FormField id="entityType" label="Entity type" error={errors.entityType}>
          {(props) => (
            <select name="entityType" defaultValue={values.entityType ?? ""} {...props}>
              <option value="">Any type</option>
              {types.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="entityId" label="Entity id" error={errors.entityId}>
          {(props) => <input name="entityId" defaultValue={values.entityId} autoComplete="off" {...props} />}
        </FormField>
        <FormField
          id="actor"
          label="Actor e-mail"
          hint="Or a user id; system for automatic events"
          error={errors.actor}
        >
          {(props) => (
            <input
              name="actor"
              defaultValue={values.actor}
              autoComplete="off"
              placeholder="officer@example.com"
              {...props}
            />
          )}
        </FormField>
        <FormField
          id="action"
          label="Action"
          hint="Exact, or a prefix ending in . or *"
          error={errors.action}
        >
          {(props) => (
            <input
              name="action"
              defaultValue={values.action}
              autoComplete="off"
              placeholder="model_version."
              {...props}
            />
          )}
        </FormField>
        <FormField id="from" label="From (UTC)" error={errors.from}>
          {(props) => <input type="date" name="from" defaultValue={values.from} {...props} />}
        </FormField>
        <FormField id="to" label="To (UTC)" hint="Inclusive" error={errors.to}>
          {(props) => <input type="date" name="to" defaultValue={values.to} {...props} />}
        </FormField>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-2">
        <label className="mr-auto flex items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            name="signIns"
            value="true"
            defaultChecked={values.signIns === "true"}
            className="h-4 w-4 rounded border-slate-300"
          />
          Show sign-ins and sign-outs
        </label>
        <Button type="submit">Apply filters</Button>
        <ButtonLink href="/audit" variant="ghost">
          Clear filters
        </ButtonLink>
      </div>
    </form>
  );
}
