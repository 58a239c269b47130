import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache, Suspense } from "react";
import { DatasetImpact } from "@/components/datasets/dataset-impact";
import { DatasetImpactFilter } from "@/components/datasets/dataset-impact-filter";
import { DatasetVersionForm } from "@/components/datasets/dataset-version-form";
import { DatasetVersionTable } from "@/components/datasets/dataset-version-table";
import { OpenErasureForm } from "@/components/erasure/open-erasure-form";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-field";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { CardSkeleton } from "@/components/ui/skeleton";
import { Breadcrumbs } from "@/components/versions/breadcrumbs";
import { FactList } from "@/components/versions/fact-list";
import { PageSection } from "@/components/versions/page-section";
import { can, type Principal } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { getDatasetImpact } from "@/lib/server/datasets/get-dataset-impact";
import { getDatasetOrThrow } from "@/lib/server/datasets/get-dataset";
import { canChange } from "@/lib/server/registry/can-change";
import { openErasureRequestAction } from "../../erasure-requests/actions";
import { createDatasetVersionAction } from "../actions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ datasetVersion?: string | string[] }>;
};

/** An unknown id is the not-found page (a real 404). Cached: metadata and page share one read. */
const loadDataset = cache(async (principal: Principal, id: string) => {
  try {
    return await getDatasetOrThrow(principal, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const principal = await requirePageUser("registry.read");
  return { title: (await loadDataset(principal, (await params).id)).name };
}

// Permission and existence are settled before the Suspense boundary below starts streaming.
export default async function DatasetPage({ params, searchParams }: Props) {
  const principal = await requirePageUser("registry.read");
  const dataset = await loadDataset(principal, (await params).id);
  const selected = [(await searchParams).datasetVersion].flat()[0] || undefined;
  const mayChange = await canChange(principal, "datasets.write", {
    teamId: dataset.team.id,
    createdById: dataset.createdBy.id,
  });
  return (
    <div className="space-y-8">
      <div>
        <Breadcrumbs items={[{ label: "Datasets", href: "/datasets" }, { label: dataset.name }]} />
        <PageHeader title={dataset.name} description={dataset.description ?? undefined} />
      </div>
      <Card title="Facts">
        <FactList
          facts={[
            [
              "Slug",
              <code key="slug" className="font-mono text-xs">
                {dataset.slug}
              </code>,
            ],
            [
              "Source",
              <span key="source" className="break-words">
                {dataset.source}
              </span>,
            ],
            ["Licence", dataset.license],
            ["Team", dataset.team.name],
            ["Registered by", dataset.createdBy.name],
            ["Registered", <RelativeTime key="at" date={dataset.createdAt} />],
            ["Versions", dataset.versionCount],
          ]}
        />
      </Card>
      <PageSection
        title="Versions"
        description="Each version is one snapshot of the data with its governance facts."
      >
        <DatasetVersionTable versions={dataset.versions} total={dataset.versionCount} />
      </PageSection>
      {mayChange ? (
        <Card title="Add a version">
          <DatasetVersionForm createVersion={createDatasetVersionAction.bind(null, dataset.id)} />
        </Card>
      ) : (
        can(principal, "datasets.write") && (
          <p className="text-sm text-slate-600">
            Only members of {dataset.team.name}, the owning team, and admins can add versions.
          </p>
        )
      )}
      {can(principal, "erasure.manage") && dataset.versions.length > 0 && (
        <Card title="Open an erasure request">
          <OpenErasureForm versions={dataset.versions} open={openErasureRequestAction} />
        </Card>
      )}
      <PageSection
        id="impact"
        title="Models trained on this dataset"
        description="Model versions that used it for training or validation, and every version descended from them."
      >
        <DatasetImpactFilter datasetId={dataset.id} versions={dataset.versions} selected={selected} />
        <Suspense
          key={selected ?? ""}
          fallback={<CardSkeleton label="Loading affected model versions" rows={4} />}
        >
          <ImpactList datasetId={dataset.id} datasetVersionId={selected} />
        </Suspense>
      </PageSection>
    </div>
  );
}

async function ImpactList({ datasetId, datasetVersionId }: { datasetId: string; datasetVersionId?: string }) {
  const impact = await getDatasetImpact(datasetId, { datasetVersionId }).catch((error: unknown) => {
    // A hand-edited address naming another dataset's version gets the reason, not the error page.
    if (error instanceof AppError && error.code === "validation_failed") return null;
    throw error;
  });
  if (!impact)
    return (
      <FormError message="That dataset version does not belong to this dataset. Choose one from the list." />
    );
  return <DatasetImpact items={impact.items} filtered={!!datasetVersionId} />;
}
