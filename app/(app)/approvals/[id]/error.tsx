"use client";

import { RouteError } from "@/components/ui/route-error";

export default function ReviewError({ error, reset }: { error: Error; reset: () => void }) {
  return (
    <RouteError
      error={error}
      onRetry={reset}
      title="This review could not be loaded"
      logLabel="[ui] promotion review failed"
      back={{ href: "/", label: "Go to the home page" }}
    />
  );
}
