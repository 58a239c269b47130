"use client";

import { useState } from "react";
import type { ServerAction } from "@/lib/action-result";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { NewWebhookSecret } from "./new-webhook-secret";

type Created = { id: string; url: string; secret: string };
type Props = {
  events: { value: string; label: string }[];
  createWebhook: ServerAction<{ url: string; events: string[] }, Created>;
};

export function CreateWebhookForm({ events, createWebhook }: Props) {
  const [created, setCreated] = useState<Created | null>(null);
  const { formRef, pending, submit, errors, errorOf, message } = useActionForm(createWebhook, {
    onSuccess: setCreated,
    resetOnSuccess: true,
  });

  if (created) return <NewWebhookSecret {...created} onDone={() => setCreated(null)} />;

  const eventsError = errorOf("events");
  return (
    <form
      ref={formRef}
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        submit({ url: String(form.get("url") ?? "").trim(), events: form.getAll("events").map(String) });
      }}
    >
      <FormField
        id="webhook-url"
        label="Endpoint URL"
        required
        hint="An http:// or https:// address that accepts POST requests."
        error={errors.url}
      >
        {(props) => <input {...props} name="url" type="url" maxLength={2000} autoComplete="off" />}
      </FormField>
      <fieldset aria-describedby={eventsError ? "webhook-events-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">
          Events<span className="text-red-700"> *</span>
        </legend>
        <div className="mt-1 grid gap-2 md:grid-cols-2">
          {events.map((event) => (
            <label key={event.value} className="flex items-start gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                name="events"
                value={event.value}
                className="mt-0.5 h-4 w-4 rounded border-slate-400"
              />
              <span>
                <code className="font-mono text-xs">{event.value}</code>
                <span className="block text-xs text-slate-600">{event.label}</span>
              </span>
            </label>
          ))}
        </div>
        {eventsError && (
          <p id="webhook-events-error" className="mt-1 text-xs font-medium text-red-700">
            {eventsError}
          </p>
        )}
      </fieldset>
      <FormError message={message} />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create webhook"}
      </Button>
    </form>
  );
}
