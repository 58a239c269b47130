"use client";

import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import type { AuditEventDto, AuditEventPage } from "@/lib/schemas/audit";
import { auditEventColumns } from "./audit-event-columns";

type Props = {
  initial: AuditEventPage;
  /** The filters as API query parameters (no cursor). */
  apiQuery: string;
  /** The filters as this page's search params, for the link that works without JavaScript. */
  pageQuery: string;
  now: string;
};

const withCursor = (query: string, cursor: string) =>
  `${query ? `${query}&` : ""}cursor=${encodeURIComponent(cursor)}`;

/** The events table; "Load older" appends the next keyset page from the API, keeping what is on screen. */
export function AuditEventsTable({ initial, apiQuery, pageQuery, now }: Props) {
  const [items, setItems] = useState<AuditEventDto[]>(initial.items);
  const [nextCursor, setNextCursor] = useState(initial.nextCursor);
  const [loading, setLoading] = useState(false);
  const [message, setMessage] = useState("");
  const [error, setError] = useState("");

  async function loadOlder(event: React.MouseEvent) {
    if (!nextCursor) return;
    event.preventDefault();
    setLoading(true);
    setError("");
    try {
      const response = await fetch(`/api/v1/audit?${withCursor(apiQuery, nextCursor)}`, {
        cache: "no-store",
      });
      const body = await response.json();
      if (!response.ok) throw new Error(body?.error?.message ?? `The server answered ${response.status}`);
      const page = body as AuditEventPage;
      setItems((current) => [...current, ...page.items]);
      setNextCursor(page.nextCursor);
      setMessage(`Loaded ${page.items.length} older ${page.items.length === 1 ? "event" : "events"}`);
    } catch (cause) {
      setError(`Could not load older events: ${cause instanceof Error ? cause.message : String(cause)}`);
    } finally {
      setLoading(false);
    }
  }

  const nowDate = new Date(now);
  return (
    <div className="space-y-4">
      <DataTable
        caption="Audit events, newest first"
        columns={auditEventColumns(nowDate)}
        rows={items}
        rowKey={(event) => event.id}
        rowClassName="hover:bg-slate-50"
        rowProps={(event) => ({ id: `event-${event.id}` })}
      />
      <div className="flex items-center justify-between gap-4 text-sm text-slate-600">
        <p>
          Showing {items.length} {items.length === 1 ? "event" : "events"}.
          {nextCursor ? "" : " No older events match."}
        </p>
        {nextCursor && (
          <a
            href={`/audit?${withCursor(pageQuery, nextCursor)}`}
            onClick={loadOlder}
            aria-disabled={loading}
            className={buttonClass("secondary", loading ? "pointer-events-none opacity-60" : "")}
          >
            {loading ? "Loading…" : "Load older"}
          </a>
        )}
      </div>
      <p role="status" className="sr-only">
        {message}
      </p>
      {error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
