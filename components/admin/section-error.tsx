"use client";

import { RouteError } from "@/components/ui/route-error";

/** The error state of the admin, account, dataset and version sections: what happened, and a way to try again. */
export function SectionError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <RouteError
      error={error}
      onRetry={reset}
      title="This page could not be loaded"
      message="Something went wrong on our side. Nothing was changed. Try again, and tell an admin if it keeps happening."
    />
  );
}
