"use client";

import { RouteError } from "@/components/ui/route-error";

/** A policies page failed to load: say so, give the reference the server log has, offer a retry. */
export default function PoliciesError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteError
      error={error}
      onRetry={retry}
      title="The policies could not be loaded"
      back={{ href: "/policies", label: "Back to policies" }}
    />
  );
}
