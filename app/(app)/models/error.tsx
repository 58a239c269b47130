"use client";

import { RouteError } from "@/components/ui/route-error";

/** A models page failed to load: say so, give the reference the server log has, offer a retry. */
export default function ModelsError({ error, retry }: { error: unknown; retry: () => void }) {
  // `retry` re-fetches the server components before resetting; a plain reset would re-render the same failure.
  return (
    <RouteError
      error={error}
      onRetry={retry}
      title="The models could not be loaded"
      back={{ href: "/models", label: "Back to models" }}
    />
  );
}
