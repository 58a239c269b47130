import Link from "next/link";
import type { TileFilters } from "@/components/dashboards/list-links";
import { AppError } from "@/lib/errors";

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/** The dashboard's URL filters, empty ones dropped; the service validates them. */
export function readDashboardParams(raw: Record<string, string | string[] | undefined>): TileFilters {
  const team = first(raw.team);
  const riskTier = first(raw.riskTier);
  return { ...(team ? { team } : {}), ...(riskTier ? { riskTier } : {}) };
}

/** A filter the service refused: its messages, and a way back to the whole dashboard. */
export function InvalidDashboardFilters({ error, children }: { error: unknown; children: React.ReactNode }) {
  if (!(error instanceof AppError) || error.code !== "validation_failed") throw error;
  return (
    <div className="space-y-6">
      {children}
      <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
        <p>
          These filters are not valid:{" "}
          {Object.entries(error.fields ?? {})
            .map(([field, message]) => `${field}: ${message}`)
            .join("; ")}
          .
        </p>
        <Link href="/dashboards" className="mt-1 inline-block font-medium underline">
          Show the whole dashboard
        </Link>
      </div>
    </div>
  );
}
