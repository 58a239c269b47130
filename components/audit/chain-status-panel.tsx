"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { eventHref, utcTimestamp } from "./event-labels";

export type ChainStatus = { ok: boolean; events: number; firstBrokenAt: string | null; checkedAt: string };

/** The result of walking the whole hash chain, with a button that walks it again through the API. */
export function ChainStatusPanel({ initial }: { initial: ChainStatus }) {
  const [status, setStatus] = useState(initial);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState("");

  async function verifyAgain() {
    setChecking(true);
    setError("");
    try {
      const response = await fetch("/api/v1/audit/verify", { cache: "no-store" });
      const body = await response.json();
      if (!response.ok) throw new Error(body?.error?.message ?? `The server answered ${response.status}`);
      setStatus({ ...(body as Omit<ChainStatus, "checkedAt">), checkedAt: new Date().toISOString() });
    } catch (cause) {
      setError(`Could not verify the chain: ${cause instanceof Error ? cause.message : String(cause)}`);
    } finally {
      setChecking(false);
    }
  }

  const tone = status.ok
    ? "border-emerald-200 bg-emerald-50 text-emerald-900"
    : "border-red-300 bg-red-50 text-red-900";
  return (
    <section
      aria-labelledby="chain-status-heading"
      className={`mb-6 flex flex-wrap items-center justify-between gap-4 rounded-lg border px-4 py-3 ${tone}`}
    >
      <div aria-live="polite" aria-busy={checking}>
        <h2 id="chain-status-heading" className="flex items-center gap-2 text-sm font-semibold">
          <span
            aria-hidden="true"
            className={`grid h-5 w-5 place-items-center rounded-full text-xs text-white ${status.ok ? "bg-emerald-600" : "bg-red-600"}`}
          >
            {status.ok ? "✓" : "!"}
          </span>
          {status.ok ? (
            `Chain intact: ${status.events} ${status.events === 1 ? "event" : "events"} verified`
          ) : (
            <span>
              Chain broken at event{" "}
              <Link
                href={eventHref(status.firstBrokenAt ?? "")}
                className="font-mono underline hover:no-underline"
              >
                {status.firstBrokenAt}
              </Link>
            </span>
          )}
        </h2>
        <p className="mt-0.5 text-xs">
          {status.ok
            ? "Every event's hash matches its content and links to the event before it."
            : `The first event whose hash or link does not verify, out of ${status.events}. Events after it cannot be trusted until this is explained.`}{" "}
          Checked {utcTimestamp(status.checkedAt)}.
        </p>
        {error && (
          <p role="alert" className="mt-1 text-xs font-medium text-red-800">
            {error}
          </p>
        )}
      </div>
      <Button variant="secondary" onClick={verifyAgain} disabled={checking}>
        {checking ? "Verifying…" : "Verify again"}
      </Button>
    </section>
  );
}
