"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ServerAction } from "@/lib/action-result";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";

/** The requester takes a pending request back: asked once more, with an optional reason for the record. */
export function WithdrawRequest({ withdraw }: { withdraw: ServerAction<{ reason?: string }, unknown> }) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const { formRef, pending, submit, message } = useActionForm(withdraw, {
    onSuccess: () => (setAsking(false), router.refresh()),
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get("reason") ?? "").trim();
    submit(reason ? { reason } : {});
  }

  if (!asking)
    return (
      <div className="border-t border-slate-100 pt-3">
        <Button variant="secondary" className="w-full" onClick={() => setAsking(true)}>
          Withdraw request
        </Button>
      </div>
    );
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      aria-label="Withdraw the request"
      className="space-y-3 border-t border-slate-100 pt-3"
    >
      <FormField id="withdraw-reason" label="Why withdraw? (optional)">
        {(props) => <textarea {...props} name="reason" rows={2} maxLength={2000} />}
      </FormField>
      <FormError message={message} />
      <div className="flex gap-2">
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Withdrawing…" : "Withdraw"}
        </Button>
        <Button variant="secondary" onClick={() => setAsking(false)}>
          Keep it
        </Button>
      </div>
    </form>
  );
}
