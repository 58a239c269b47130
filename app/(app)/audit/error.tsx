"use client";

import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";

export default function AuditError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error("[audit] the audit page failed", error);
  }, [error]);
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-white px-6 py-10 text-center">
      <h1 className="text-lg font-semibold text-slate-900">The audit trail could not be loaded</h1>
      <p className="mx-auto mt-1 max-w-md text-sm text-slate-600">
        Something went wrong on our side{error.digest ? ` (reference ${error.digest})` : ""}. The trail itself
        is unaffected: reading it changes nothing.
      </p>
      <div className="mt-4 flex justify-center gap-2">
        <Button onClick={reset}>Try again</Button>
        <ButtonLink href="/audit" variant="secondary">
          Clear filters
        </ButtonLink>
      </div>
    </div>
  );
}
