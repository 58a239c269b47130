"use client";

import { useState } from "react";
import type { ServerAction } from "@/lib/action-result";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";

export type ArtifactReferenceInput = {
  name: string;
  uri: string;
  sha256: string;
  sizeBytes: number | undefined;
};

/** Registers bytes that stay where they are (hf://, s3://, https://); the server fetches nothing. */
export function ArtifactReferenceForm({
  registerReference,
}: {
  registerReference: ServerAction<ArtifactReferenceInput, { name: string }>;
}) {
  const [registered, setRegistered] = useState<string>();
  const { formRef, pending, submit, errorOf, message } = useActionForm(registerReference, {
    onSuccess: ({ name }) => setRegistered(name),
    onFailure: () => setRegistered(undefined),
    resetOnSuccess: true,
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const size = String(form.get("sizeBytes") ?? "").trim();
    const input = {
      name: String(form.get("name") ?? ""),
      uri: String(form.get("uri") ?? ""),
      sha256: String(form.get("sha256") ?? ""),
      sizeBytes: size === "" ? undefined : Number(size),
    };
    submit(input);
  }

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4"
      aria-label="Register a reference"
    >
      <div className="grid gap-4 md:grid-cols-2">
        <FormField
          id="reference-name"
          label="Name"
          required
          hint="As the file is called, e.g. model.safetensors"
          error={errorOf("name")}
        >
          {(props) => <input {...props} name="name" type="text" autoComplete="off" />}
        </FormField>
        <FormField
          id="reference-uri"
          label="URI"
          required
          hint="hf://org/repo/file, s3://bucket/key or https://…"
          error={errorOf("uri")}
        >
          {(props) => <input {...props} name="uri" type="text" autoComplete="off" spellCheck={false} />}
        </FormField>
        <FormField
          id="reference-sha256"
          label="SHA-256"
          required
          hint="64 hexadecimal characters"
          error={errorOf("sha256")}
        >
          {(props) => (
            <input
              {...props}
              name="sha256"
              type="text"
              autoComplete="off"
              spellCheck={false}
              className={`${props.className} font-mono`}
            />
          )}
        </FormField>
        <FormField id="reference-size" label="Size in bytes" required error={errorOf("sizeBytes")}>
          {(props) => (
            <input {...props} name="sizeBytes" type="number" min={0} step={1} inputMode="numeric" />
          )}
        </FormField>
      </div>
      <FormError message={message} />
      {registered && (
        <p
          role="status"
          className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          Registered {registered}.
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Registering…" : "Register reference"}
      </Button>
    </form>
  );
}
