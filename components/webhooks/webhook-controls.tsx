"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult, ServerAction } from "@/lib/action-result";
import { Button } from "@/components/ui/button";
import { ConfirmStep } from "@/components/ui/confirm-step";

type Props = {
  webhook: { id: string; enabled: boolean };
  sendTestEvent: ServerAction<{ id: string }, unknown>;
  setEnabled: ServerAction<{ id: string; enabled: boolean }, unknown>;
  deleteWebhook: ServerAction<{ id: string }, unknown>;
};

/** The webhook page's buttons: a test event, pause or resume, and delete (asked twice). */
export function WebhookControls({ webhook, sendTestEvent, setEnabled, deleteWebhook }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const run = (call: () => Promise<ActionResult<unknown>>, done: string, then?: () => void) =>
    startTransition(async () => {
      const result = await call();
      setStatus(result.ok ? { ok: true, text: done } : { ok: false, text: result.message });
      if (result.ok) then?.();
    });

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button
          disabled={pending}
          onClick={() =>
            run(
              () => sendTestEvent({ id: webhook.id }),
              "Test event queued: it shows in the log below.",
              () => router.refresh(),
            )
          }
        >
          Send a test event
        </Button>
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() =>
            run(
              () => setEnabled({ id: webhook.id, enabled: !webhook.enabled }),
              webhook.enabled ? "Disabled: no events are sent." : "Enabled: events are sent again.",
            )
          }
        >
          {webhook.enabled ? "Disable" : "Enable"}
        </Button>
        {!confirmingDelete && (
          <Button variant="ghost" disabled={pending} onClick={() => setConfirmingDelete(true)}>
            Delete
          </Button>
        )}
      </div>
      {confirmingDelete && (
        <ConfirmStep
          label="Confirm deleting the webhook"
          explanation="Nothing more is sent to this address, and its delivery log goes with it. The audit trail keeps that it existed and who deleted it."
          confirm={pending ? "Deleting…" : "Yes, delete it and its log"}
          pending={pending}
          onConfirm={() =>
            run(
              () => deleteWebhook({ id: webhook.id }),
              "Deleted.",
              () => router.push("/admin/webhooks"),
            )
          }
          onCancel={() => setConfirmingDelete(false)}
        />
      )}
      <p
        role={status && !status.ok ? "alert" : "status"}
        className={`min-h-5 text-sm ${status?.ok === false ? "font-medium text-red-700" : "text-slate-700"}`}
      >
        {status?.text ?? ""}
      </p>
    </div>
  );
}
