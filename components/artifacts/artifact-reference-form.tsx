"use client";

import { useRef, useState, useTransition } from "react";
import { fieldError, type ServerAction } from "@/lib/action-result";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";

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
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [registered, setRegistered] = useState<string>();

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
    startTransition(async () => {
      const result = await registerReference(input);
      if (!result.ok) {
        setErrors(result.fieldErrors);
        setMessage(result.message);
        setRegistered(undefined);
        return;
      }
      setErrors({});
      setMessage(undefined);
      setRegistered(result.data.name);
      formRef.current?.reset();
    });
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
          error={fieldError(errors, "name")}
        >
          {(props) => <input {...props} name="name" type="text" autoComplete="off" />}
        </FormField>
        <FormField
          id="reference-uri"
          label="URI"
          required
          hint="hf://org/repo/file, s3://bucket/key or https://…"
          error={fieldError(errors, "uri")}
        >
          {(props) => <input {...props} name="uri" type="text" autoComplete="off" spellCheck={false} />}
        </FormField>
        <FormField
          id="reference-sha256"
          label="SHA-256"
          required
          hint="64 hexadecimal characters"
          error={fieldError(errors, "sha256")}
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
        <FormField id="reference-size" label="Size in bytes" required error={fieldError(errors, "sizeBytes")}>
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
