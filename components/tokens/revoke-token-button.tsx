"use client";

import { useState, useTransition } from "react";
import type { ServerAction } from "@/lib/action-result";
import { Button } from "@/components/ui/button";
import { ConfirmStep } from "@/components/ui/confirm-step";

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
    <div className="space-y-2">
      <ConfirmStep
        label={`Confirm revoking ${token.name}`}
        explanation="Anything using it stops working at once."
        confirm={pending ? "Revoking…" : "Yes, revoke"}
        onConfirm={revoke}
        onCancel={() => setConfirming(false)}
        pending={pending}
      />
      {error && (
        <p role="alert" className="text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
