"use client";

import { useState, useTransition } from "react";
import type { ServerAction } from "@/lib/action-result";
import { Button } from "@/components/ui/button";

type Props = { token: { id: string; name: string }; revokeToken: ServerAction<{ id: string }, unknown> };

/** Revoking breaks whatever uses the token, so it asks once more, in place. */
export function RevokeTokenButton({ token, revokeToken }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function revoke() {
    startTransition(async () => {
      const result = await revokeToken({ id: token.id });
      if (result.ok) setConfirming(false);
      else setError(result.message);
    });
  }

  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)} aria-label={`Revoke ${token.name}`}>
        Revoke
      </Button>
    );
  }
  return (
    <div role="group" aria-label={`Confirm revoking ${token.name}`} className="space-y-2">
      <p className="text-xs text-slate-700">Anything using it stops working at once.</p>
      <div className="flex gap-2">
        <Button variant="danger" onClick={revoke} disabled={pending}>
          {pending ? "Revoking…" : "Yes, revoke"}
        </Button>
        <Button variant="ghost" onClick={() => setConfirming(false)} disabled={pending}>
          Cancel
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
