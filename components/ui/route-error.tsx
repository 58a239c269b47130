"use client";

import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";

type Props = {
  error: unknown;
  onRetry: () => void;
  title: string;
  message?: React.ReactNode;
  back?: { href: string; label: string };
  logLabel?: string;
};

/** The error state of a route segment: what happened, the reference the server log has, a retry, a way back. */
export function RouteError({ error, onRetry, title, message, back, logLabel = "[ui] page failed" }: Props) {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  useEffect(() => {
    console.error(logLabel, error);
  }, [error, logLabel]);
  return (
    <div
      role="alert"
      className="mx-auto max-w-lg rounded-lg border border-red-200 bg-white p-8 text-center shadow-sm"
    >
      <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
      <p className="mt-2 text-sm text-slate-700">
        {message ?? "Something went wrong on our side. It has been logged; trying again often helps."}
      </p>
      {digest && (
        <p className="mt-3 text-xs text-slate-600">
          Reference for your admin:{" "}
          <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-800">{digest}</code>
        </p>
      )}
      <div className="mt-6 flex justify-center gap-3">
        <Button onClick={() => onRetry()}>Try again</Button>
        {back && (
          <ButtonLink href={back.href} variant="secondary">
            {back.label}
          </ButtonLink>
        )}
      </div>
    </div>
  );
}
