"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";

/** The error state of the admin and account sections: what happened, and a way to try again. */
export function SectionError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error("[ui] page failed", error);
  }, [error]);
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-6 py-8 text-center">
      <h1 className="text-lg font-semibold text-red-900">This page could not be loaded</h1>
      <p className="mx-auto mt-1 max-w-md text-sm text-red-800">
        Something went wrong on our side{error.digest ? ` (reference ${error.digest})` : ""}. Nothing was
        changed. Try again, and tell an admin if it keeps happening.
      </p>
      <Button variant="secondary" className="mt-4" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
