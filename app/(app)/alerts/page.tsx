import type { Metadata } from "next";
import Link from "next/link";
import { AlertFilters } from "@/components/alerts/alert-filters";
import { AlertsTable } from "@/components/alerts/alerts-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { listAlerts } from "@/lib/server/alerts/list-alerts";
import { ALERTS_SHOWN } from "@/lib/server/alerts/list-alerts";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { acknowledgeAlertAction, resolveAlertAction } from "./actions";

export const metadata: Metadata = { title: "Alerts" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const KEYS = ["kind", "severity", "status", "team", "riskTier", "since"] as const;

export default async function AlertsPage({ searchParams }: Props) {
  const principal = await requirePageUser("dashboards.read");
  const raw = await searchParams;
  const query = Object.fromEntries(
    KEYS.flatMap((key) => {
      const value = [raw[key]].flat()[0]?.trim();
      return value ? [[key, value]] : [];
    }),
  );
  const filters = Object.entries(query)
    .map(([key, value]) => `${key} ${value}`)
    .join(", ");
  const result = await listAlerts(principal, query).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "validation_failed") return error;
    throw error;
  });
  return (
    <div className="space-y-4">
      <PageHeader
        title="Alerts"
        description="Fairness and drift thresholds breached in production, promotions waiting too long, overdue erasure requests and failing webhooks, newest first. Officers acknowledge an alert when someone is on it and resolve it with a comment."
      />
      <AlertFilters selected={query} />
      {result instanceof AppError ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          These filters are not valid:{" "}
          {Object.entries(result.fields ?? {})
            .map(([field, message]) => `${field}: ${message}`)
            .join("; ")}
          .{" "}
          <Link href="/alerts" className="font-medium underline">
            Show every alert
          </Link>
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-700" data-testid="list-total">
            {result.total.toLocaleString("en")} {result.total === 1 ? "alert" : "alerts"}
            {filters ? ` (${filters})` : ""}
            {result.total > ALERTS_SHOWN ? `; the newest ${ALERTS_SHOWN} are shown.` : "."}
            {filters && (
              <Link href="/alerts" className="ml-2 font-medium text-indigo-700 hover:underline">
                Clear filters
              </Link>
            )}
          </p>
          {result.items.length === 0 ? (
            <EmptyState title="No alerts match">
              Monitoring raises alerts when a metric crosses a policy threshold.
            </EmptyState>
          ) : (
            <AlertsTable
              alerts={result.items}
              actions={
                can(principal, "alerts.manage")
                  ? { acknowledge: acknowledgeAlertAction, resolve: resolveAlertAction }
                  : undefined
              }
            />
          )}
        </>
      )}
    </div>
  );
}
