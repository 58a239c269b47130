"use client";

import { RouteError } from "@/components/ui/route-error";

/** A page failed on the server or in the browser: say so, give the reference the server log has, offer a retry. */
export default function AppError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteError
      error={error}
      onRetry={retry}
      title="Sorry, this page didn't load"
      back={{ href: "/", label: "Go to the home page" }}
    />
  );
}
