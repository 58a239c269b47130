import type { Metadata } from "next";
import { Suspense } from "react";
import { cursorHref, Pager } from "@/components/ui/pager";
import { DatasetFilters } from "@/components/datasets/dataset-filters";
import { DatasetTable } from "@/components/datasets/dataset-table";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError } from "@/components/ui/form-field";
import { PageHeader } from "@/components/ui/page-header";
import { CardSkeleton } from "@/components/ui/skeleton";
import { can, type Principal } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { listDatasets } from "@/lib/server/datasets/list-datasets";

export const metadata: Metadata = { title: "Datasets" };

type Search = { q?: string; personal?: string; cursor?: string };
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

export default async function DatasetsPage({ searchParams }: Props) {
  const principal = await requirePageUser("registry.read");
  const raw = await searchParams;
  const personal = one(raw.personal);
  const search: Search = {
    q: one(raw.q)?.trim() || undefined,
    personal: personal === "yes" || personal === "no" ? personal : undefined,
    cursor: one(raw.cursor),
  };
  const mayCreate = can(principal, "datasets.write");
  return (
    <>
      <PageHeader
        title="Datasets"
        description="Data that models are trained, validated and evaluated on, with the governance facts of each version."
        actions={mayCreate && <ButtonLink href="/datasets/new">Register a dataset</ButtonLink>}
      />
      <DatasetFilters q={search.q} personal={search.personal as "yes" | "no" | undefined} />
      <Suspense key={JSON.stringify(search)} fallback={<CardSkeleton label="Loading datasets" rows={8} />}>
        <DatasetList principal={principal} search={search} mayCreate={mayCreate} />
      </Suspense>
    </>
  );
}

async function DatasetList({
  principal,
  search,
  mayCreate,
}: {
  principal: Principal;
  search: Search;
  mayCreate: boolean;
}) {
  const { q, personal, cursor } = search;
  const containsPersonalData = personal === undefined ? undefined : personal === "yes" ? "true" : "false";
  const page = await listDatasets(principal, { q, cursor, containsPersonalData }).catch((error: unknown) => {
    // A hand-edited address (a search over 200 characters, a broken cursor) gets the reason, not the error page.
    if (error instanceof AppError && error.code === "validation_failed") return error;
    throw error;
  });
  if (page instanceof AppError) {
    return (
      <FormError
        message={`These filters cannot be applied: ${Object.values(page.fields ?? {}).join("; ") || page.message}`}
      />
    );
  }
  if (page.items.length === 0) {
    if (q || personal)
      return (
        <EmptyState title="No datasets match these filters">
          Try other words, or clear the filters.
        </EmptyState>
      );
    if (cursor)
      return <EmptyState title="No more datasets">This page is past the end of the list.</EmptyState>;
    return (
      <EmptyState
        title="No datasets yet"
        action={mayCreate && <ButtonLink href="/datasets/new">Register a dataset</ButtonLink>}
      >
        Register the data your models learn from, so each model version can say what it was trained on.
      </EmptyState>
    );
  }
  return (
    <>
      <DatasetTable datasets={page.items} />
      <Pager
        nextCursor={page.nextCursor}
        onLaterPage={!!cursor}
        hrefFor={cursorHref("/datasets", { q, personal })}
      />
    </>
  );
}
