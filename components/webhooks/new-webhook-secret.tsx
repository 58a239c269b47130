"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";

/** The one time a webhook's signing secret is on screen: the database keeps it encrypted and never shows it. */
export function NewWebhookSecret({
  id,
  url,
  secret,
  onDone,
}: {
  id: string;
  url: string;
  secret: string;
  onDone: () => void;
}) {
  return (
    <section
      aria-labelledby="new-webhook-heading"
      className="rounded-lg border border-emerald-300 bg-emerald-50 p-4"
    >
      <h2 id="new-webhook-heading" className="text-sm font-semibold text-emerald-900">
        Webhook created for {url}
      </h2>
      <p className="mt-1 text-sm font-medium text-emerald-900">
        Copy its signing secret now: you will not see this again. The receiver checks each delivery&apos;s{" "}
        <code className="font-mono">X-Signature</code> with it (docs/webhooks.md).
      </p>
      <code
        data-testid="new-webhook-secret"
        className="mt-3 block select-all overflow-x-auto rounded-md border border-emerald-200 bg-white px-3 py-2 font-mono text-sm text-slate-900"
      >
        {secret}
      </code>
      <div className="mt-3 flex items-center gap-3">
        <Button onClick={onDone}>I have stored it safely</Button>
        <Link href={`/admin/webhooks/${id}`} className="text-sm font-medium text-indigo-700 hover:underline">
          Open the webhook
        </Link>
      </div>
    </section>
  );
}
