"use client";

import { useState } from "react";
import type { ServerAction } from "@/lib/action-result";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";

export type VersionMetadataInput = { tags: string[]; notes: string };

const splitTags = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** The message for the tags field, naming the tag at fault when the error is about one of them (`tags.2`). */
function tagsError(errors: Record<string, string>, tags: string[]): string | undefined {
  if (errors.tags) return errors.tags;
  const item = Object.entries(errors).find(([key]) => key.startsWith("tags."));
  if (!item) return undefined;
  const tag = tags[Number(item[0].split(".")[1])];
  return tag === undefined ? item[1] : `“${tag}”: ${item[1]}`;
}

/** Tags and notes are the only things that change on a registered version; everything else is fixed. */
export function VersionMetadataForm({
  tags,
  notes,
  save,
}: {
  tags: string[];
  notes: string | null;
  save: ServerAction<VersionMetadataInput, unknown>;
}) {
  const [saved, setSaved] = useState(false);
  const { formRef, pending, submit, errors, message } = useActionForm(save, {
    onSuccess: () => setSaved(true),
    onFailure: () => setSaved(false),
  });
  const [sent, setSent] = useState<string[]>([]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { tags: splitTags(String(form.get("tags") ?? "")), notes: String(form.get("notes") ?? "") };
    setSent(input.tags);
    submit(input);
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Edit tags and notes">
      <FormField
        id="version-tags"
        label="Tags"
        hint="Separated by spaces or commas: lowercase letters, digits, '.', '_' and '-'."
        error={tagsError(errors, sent)}
      >
        {(props) => (
          <input
            {...props}
            name="tags"
            type="text"
            defaultValue={tags.join(", ")}
            autoComplete="off"
            spellCheck={false}
            onChange={() => setSaved(false)}
          />
        )}
      </FormField>
      <FormField
        id="version-notes"
        label="Notes"
        hint="Free text for your team and reviewers. Leave empty to clear."
        error={errors.notes}
      >
        {(props) => (
          <textarea
            {...props}
            name="notes"
            rows={4}
            defaultValue={notes ?? ""}
            onChange={() => setSaved(false)}
          />
        )}
      </FormField>
      <FormError message={message} />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save tags and notes"}
        </Button>
        <span role="status" className="text-sm text-emerald-800">
          {saved && !pending ? "Saved" : ""}
        </span>
      </div>
    </form>
  );
}
