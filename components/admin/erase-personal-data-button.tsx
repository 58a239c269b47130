"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmStep } from "@/components/ui/confirm-step";
import type { ServerAction } from "@/lib/action-result";

export type ErasePersonalData = ServerAction<{ userId: string }, { events: number }>;

/** Erasure cannot be undone, so it asks once more and says what it does (decision 011). */
export function ErasePersonalDataButton({
  user,
  erase,
}: {
  user: { id: string; name: string };
  erase: ErasePersonalData;
}) {
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState<{ error: boolean; text: string }>();
  const [pending, startTransition] = useTransition();

  function apply() {
    startTransition(async () => {
      const result = await erase({ userId: user.id });
      setConfirming(false);
      setNote(
        result.ok
          ? {
              error: false,
              text: `Erased from ${result.data.events} audit events; the account is anonymised.`,
            }
          : { error: true, text: result.message },
      );
    });
  }

  return (
    <div className="space-y-2">
      {confirming ? (
        <ConfirmStep
          label={`Confirm erasing ${user.name}'s personal data`}
          explanation="Their e-mail and name leave the audit trail and the account, which is disabled. This cannot be undone."
          confirm={pending ? "Erasing…" : "Yes, erase"}
          onConfirm={apply}
          onCancel={() => setConfirming(false)}
          pending={pending}
        />
      ) : (
        <Button
          variant="ghost"
          onClick={() => setConfirming(true)}
          aria-label={`Erase ${user.name}'s personal data`}
        >
          Erase personal data
        </Button>
      )}
      {note && (
        <p
          role={note.error ? "alert" : "status"}
          className={`text-xs font-medium ${note.error ? "text-red-700" : "text-slate-700"}`}
        >
          {note.text}
        </p>
      )}
    </div>
  );
}
