"use client";

import { Button } from "@/components/ui/button";
import "./globals.css";

/** The root layout itself failed, so this draws its own document (no app header, no fonts). */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <html lang="en">
      <body className="grid min-h-screen place-items-center bg-slate-50 px-4 font-sans text-slate-900">
        <title>Something went wrong · Model Registry</title>
        <main
          id="main"
          className="w-full max-w-md rounded-lg border border-red-200 bg-white p-8 text-center shadow-sm"
        >
          <h1 className="text-xl font-semibold">Sorry, Model Registry didn&apos;t load</h1>
          <p className="mt-2 text-sm text-slate-700">
            Something went wrong on our side. It has been logged; trying again often helps.
          </p>
          {digest && (
            <p className="mt-3 text-xs text-slate-600">
              Reference for your admin:{" "}
              <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono">{digest}</code>
            </p>
          )}
          <Button onClick={() => retry()} className="mt-6">
            Try again
          </Button>
        </main>
      </body>
    </html>
  );
}
