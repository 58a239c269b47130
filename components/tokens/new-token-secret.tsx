"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** The one time a token's secret is on screen: copy it now, it is not stored anywhere we can show again. */
export function NewTokenSecret({
  name,
  secret,
  onDone,
}: {
  name: string;
  secret: string;
  onDone: () => void;
}) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  }

  return (
    <section
      aria-labelledby="new-token-heading"
      className="rounded-lg border border-emerald-300 bg-emerald-50 p-4"
    >
      <h2 id="new-token-heading" className="text-sm font-semibold text-emerald-900">
        Your new token “{name}”
      </h2>
      <p className="mt-1 text-sm font-medium text-emerald-900">
        Copy it now: you will not see this again. We keep only a fingerprint of it, so it cannot be shown
        twice.
      </p>
      <div className="mt-3 flex items-center gap-2">
        <code
          data-testid="new-token-secret"
          className="min-w-0 flex-1 select-all overflow-x-auto rounded-md border border-emerald-200 bg-white px-3 py-2 font-mono text-sm text-slate-900"
        >
          {secret}
        </code>
        <Button variant="secondary" onClick={copy}>
          Copy
        </Button>
      </div>
      <p role="status" className="mt-2 min-h-5 text-xs text-emerald-900">
        {copied === "yes"
          ? "Copied to the clipboard."
          : copied === "failed"
            ? "The browser did not allow copying; select the token and copy it by hand."
            : ""}
      </p>
      <p className="mt-1 text-xs text-emerald-900">
        Send it as <code className="font-mono">Authorization: Bearer &lt;token&gt;</code>. It carries your
        role&apos;s permissions.
      </p>
      <Button className="mt-3" onClick={onDone}>
        I have stored it safely
      </Button>
    </section>
  );
}
