import type { Metadata } from "next";
import { Suspense } from "react";
import { AuditEventsTable } from "@/components/audit/audit-events-table";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { buttonClass, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError } from "@/components/ui/form-field";
import { PageHeader } from "@/components/ui/page-header";
import { auditFormValues, auditListQuerySchema, auditQueryOf, formFieldOf } from "@/lib/schemas/audit";
import { listAuditEntityTypes } from "@/lib/server/audit/list-audit-entity-types";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { fieldErrorsOf } from "@/lib/validation";
import { ChainStatus, ChainStatusSkeleton } from "./chain-status";

export const metadata: Metadata = { title: "Audit trail" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const principal = await requirePageUser("audit.read");
  const params = await searchParams;
  const form = auditFormValues(params);
  const { query, fieldErrors } = auditQueryOf(form);
  const cursor = typeof params.cursor === "string" && params.cursor ? params.cursor : undefined;

  // Checked here first so the form shows every bad field at once, its own checks included.
  const parsed = auditListQuerySchema.safeParse({ ...query, cursor });
  const errors: Record<string, string> = {
    ...(parsed.success
      ? {}
      : Object.fromEntries(
          Object.entries(fieldErrorsOf(parsed.error)).map(([field, message]) => [
            formFieldOf(field, form),
            message,
          ]),
        )),
    ...fieldErrors,
  };
  const result =
    Object.keys(errors).length === 0 ? await listAuditEvents(principal, { ...query, cursor }) : null;
  const entityTypes = await listAuditEntityTypes(principal);
  const apiQuery = new URLSearchParams(query).toString();
  const pageQuery = new URLSearchParams(form).toString();
  const filtered = apiQuery !== "";

  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Every change in the registry, append-only and hash-chained: each event's hash covers its content and the hash of the event before it."
        actions={
          result && (
            <a
              href={`/api/v1/audit/export.csv${apiQuery ? `?${apiQuery}` : ""}`}
              download
              className={buttonClass("secondary")}
            >
              Export CSV{filtered ? " (filtered)" : ""}
            </a>
          )
        }
      />
      <Suspense fallback={<ChainStatusSkeleton />}>
        <ChainStatus />
      </Suspense>
      <AuditFilterForm key={pageQuery} values={form} entityTypes={entityTypes} errors={errors} />
      {!result && (
        <FormError
          message={
            errors.cursor
              ? `That page link is not valid (${errors.cursor}). Start again from the newest events.`
              : "Some filters are not valid: correct the fields marked above."
          }
        />
      )}
      {cursor && result && (
        <p className="mb-3 text-sm text-slate-600">
          Showing older events.{" "}
          <a
            href={`/audit${pageQuery ? `?${pageQuery}` : ""}`}
            className="font-medium text-indigo-700 underline"
          >
            Back to the newest
          </a>
        </p>
      )}
      {result && result.items.length === 0 && (
        <EmptyState
          title={filtered ? "No events match these filters" : "No events yet"}
          action={
            filtered ? (
              <ButtonLink href="/audit" variant="secondary">
                Clear filters
              </ButtonLink>
            ) : undefined
          }
        >
          {filtered
            ? "Try a wider time range, an action prefix such as model_version., or fewer filters."
            : "Events appear here as soon as anything in the registry changes."}
        </EmptyState>
      )}
      {result && result.items.length > 0 && (
        <AuditEventsTable
          key={`${pageQuery}|${cursor ?? ""}`}
          initial={result}
          apiQuery={apiQuery}
          pageQuery={pageQuery}
          now={new Date().toISOString()}
        />
      )}
    </>
  );
}
