"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
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
        <div role="group" aria-label={`Confirm erasing ${user.name}'s personal data`} className="space-y-2">
          <p className="text-xs text-slate-700">
            Their e-mail and name leave the audit trail and the account, which is disabled. This cannot be
            undone.
          </p>
          <div className="flex gap-2">
            <Button variant="danger" onClick={apply} disabled={pending}>
              {pending ? "Erasing…" : "Yes, erase"}
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)} disabled={pending}>
              Cancel
            </Button>
          </div>
        </div>
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
