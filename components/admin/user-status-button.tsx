"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmStep } from "@/components/ui/confirm-step";
import { fieldError } from "@/lib/action-result";
import type { UpdateUser } from "./user-roles-editor";

/** Disabling locks a person out at once (sessions and tokens), so it asks once more; enabling does not. */
export function UserStatusButton({
  user,
  updateUser,
}: {
  user: { id: string; name: string; disabled: boolean };
  updateUser: UpdateUser;
}) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function apply(disabled: boolean) {
    startTransition(async () => {
      const result = await updateUser({ userId: user.id, change: { disabled } });
      if (result.ok) setConfirming(false);
      else setError(fieldError(result.fields, "disabled") ?? result.message);
    });
  }

  return (
    <div className="space-y-2">
      {user.disabled ? (
        <Button
          variant="secondary"
          onClick={() => apply(false)}
          disabled={pending}
          aria-label={`Enable ${user.name}`}
        >
          {pending ? "Enabling…" : "Enable"}
        </Button>
      ) : confirming ? (
        <ConfirmStep
          label={`Confirm disabling ${user.name}`}
          explanation="They are signed out and their tokens stop working."
          confirm={pending ? "Disabling…" : "Yes, disable"}
          onConfirm={() => apply(true)}
          onCancel={() => setConfirming(false)}
          pending={pending}
        />
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)} aria-label={`Disable ${user.name}`}>
          Disable
        </Button>
      )}
      {error && (
        <p role="alert" className="text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
