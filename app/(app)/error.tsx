"use client";

import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";

/** A page failed on the server or in the browser: say so, give the reference the server log has, offer a retry. */
export default function AppError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div
      role="alert"
      className="mx-auto max-w-lg rounded-lg border border-red-200 bg-white p-8 text-center shadow-sm"
    >
      <h1 className="text-xl font-semibold text-slate-900">Sorry, this page didn&apos;t load</h1>
      <p className="mt-2 text-sm text-slate-700">
        Something went wrong on our side. It has been logged; trying again often helps.
      </p>
      {digest && (
        <p className="mt-3 text-xs text-slate-600">
          Reference for your admin:{" "}
          <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-800">{digest}</code>
        </p>
      )}
      <div className="mt-6 flex justify-center gap-3">
        <Button onClick={() => retry()}>Try again</Button>
        <ButtonLink href="/" variant="secondary">
          Go to the home page
        </ButtonLink>
      </div>
    </div>
  );
}
