"use client";

import { RouteError } from "@/components/ui/route-error";

export default function AuditError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <RouteError
      error={error}
      onRetry={reset}
      logLabel="[audit] the audit page failed"
      title="The audit trail could not be loaded"
      message="Something went wrong on our side. The trail itself is unaffected: reading it changes nothing."
      back={{ href: "/audit", label: "Clear filters" }}
    />
  );
}
