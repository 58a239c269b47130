"use client";

import { useTransition, useState } from "react";
import type { ServerAction } from "@/lib/action-result";
import { Button } from "@/components/ui/button";

type Props = {
  webhookId: string;
  deliveryId: string;
  event: string;
  redeliver: ServerAction<{ id: string; deliveryId: string }, unknown>;
};

export function RedeliverButton({ webhookId, deliveryId, event, redeliver }: Props) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <div>
      <Button
        variant="secondary"
        disabled={pending}
        aria-label={`Redeliver ${event}`}
        onClick={() =>
          startTransition(async () => {
            const result = await redeliver({ id: webhookId, deliveryId });
            setError(result.ok ? undefined : result.message);
          })
        }
      >
        {pending ? "Queuing…" : "Redeliver"}
      </Button>
      {error && (
        <p role="alert" className="mt-1 text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
