import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache, Suspense } from "react";
import { EmergencyOverride } from "@/components/promotions/emergency-override";
import { OverrideBanner } from "@/components/promotions/override-banner";
import { RequestPromotion } from "@/components/promotions/request-promotion";
import { VersionPromotions } from "@/components/promotions/version-promotions";
import { EvidenceDownload } from "@/components/evidence/evidence-download";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CardSkeleton } from "@/components/ui/skeleton";
import { VersionHeader } from "@/components/versions/version-header";
import { VersionMetadataForm } from "@/components/versions/version-metadata-form";
import { VersionModelCard } from "@/components/versions/version-model-card";
import { VersionOrigin } from "@/components/versions/version-origin";
import { VersionOverview } from "@/components/versions/version-overview";
import { PageSection } from "@/components/versions/page-section";
import { VersionTabs, versionTabOf, type VersionTab } from "@/components/versions/version-tabs";
import { VersionTraining } from "@/components/versions/version-training";
import { can, type Principal } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { allowedTargets } from "@/lib/policy/transition";
import { currentStageOverride } from "@/lib/promotions/stage-origin";
import { requirePageUser } from "@/lib/server/auth/current-user";
import {
  listVersionPromotions,
  type VersionPromotions as Promotions,
} from "@/lib/server/promotions/list-version-promotions";
import { getVersionContext, type VersionContext } from "@/lib/server/versions/get-version-context";
import { getVersionOrThrow } from "@/lib/server/versions/get-version";
import type { VersionDetail } from "@/lib/server/versions/version-view";
import { ArtifactsSection } from "./_sections/artifacts-section";
import { ChangeLogSection } from "./_sections/change-log-section";
import { DatasetsSection } from "./_sections/datasets-section";
import { LineageSection } from "./_sections/lineage-section";
import { MetricsSection } from "./_sections/metrics-section";
import { MetricUpload } from "@/components/metrics/metric-upload";
import { overrideStageAction, requestPromotionAction, updateVersionMetadataAction } from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ tab?: string | string[] }> };

/** An unknown id is the not-found page (a real 404), not the error boundary. Cached: metadata and page share it. */
const loadVersion = cache(async (principal: Principal, id: string) => {
  try {
    return await Promise.all([
      getVersionOrThrow(principal, id),
      getVersionContext(principal, id),
      // Small (a version's few requests) and needed on every tab: the header's request form and the
      // banner of an emergency override read it.
      listVersionPromotions(principal, id),
    ]);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const principal = await requirePageUser("registry.read");
  const [version] = await loadVersion(principal, (await params).id);
  return { title: `${version.model.name} v${version.version}` };
}

// Permission and existence are checked before any Suspense boundary: once streaming starts, the status
// (403/404) can no longer change. Only the selected tab's data is loaded.
export default async function VersionPage({ params, searchParams }: Props) {
  const principal = await requirePageUser("registry.read");
  const { id } = await params;
  const tab = versionTabOf((await searchParams).tab);
  const [version, context, promotions] = await loadVersion(principal, id);
  const targets = allowedTargets(version.stage);
  const override = currentStageOverride(promotions.items, version.stage);
  return (
    <>
      <VersionHeader
        {...version}
        team={context.team}
        actions={
          <>
            <EvidenceDownload versionId={version.id} />
            {context.mayChange && (
              <ButtonLink
                href={`/models/${version.model.slug}/versions/new?from=${version.id}`}
                variant="secondary"
              >
                New version from this
              </ButtonLink>
            )}
            {context.mayPromote && targets.length > 0 && (
              <RequestPromotion
                versionId={version.id}
                targets={targets}
                pendingTargets={promotions.items.filter((r) => r.status === "PENDING").map((r) => r.toStage)}
                request={requestPromotionAction.bind(null, version.id)}
              />
            )}
          </>
        }
      />
      {override && <OverrideBanner override={override} />}
      <VersionTabs versionId={version.id} current={tab} />
      <TabContent
        tab={tab}
        version={version}
        context={context}
        principal={principal}
        promotions={promotions}
      />
    </>
  );
}

function TabContent({
  tab,
  version,
  context,
  principal,
  promotions,
}: {
  tab: VersionTab;
  version: VersionDetail;
  context: VersionContext;
  principal: Principal;
  promotions: Promotions;
}) {
  switch (tab) {
    case "overview":
      return (
        <div className="space-y-6">
          <VersionOverview
            {...version}
            artifactCount={version.artifacts.length}
            datasetCount={version.datasets.length}
          />
          <VersionOrigin origin={version.origin} keyTags={version.keyTags} aliases={version.aliases} />
          <Card title="Tags and notes" className="max-w-3xl">
            {context.mayChange ? (
              <VersionMetadataForm
                tags={version.tags}
                notes={version.notes}
                save={updateVersionMetadataAction.bind(null, version.id)}
              />
            ) : (
              <p className="whitespace-pre-wrap text-sm text-slate-800">
                {version.notes ?? <span className="text-slate-600">No notes.</span>}
              </p>
            )}
          </Card>
        </div>
      );
    case "artifacts":
      return (
        <PageSection
          title="Artifacts"
          description="Files of this version: uploaded here (checksummed and parsed by the server) or registered by reference."
        >
          <Suspense fallback={<CardSkeleton label="Loading artifacts" rows={4} />}>
            <ArtifactsSection versionId={version.id} stage={version.stage} context={context} />
          </Suspense>
        </PageSection>
      );
    case "datasets":
      return (
        <PageSection
          title="Datasets"
          description="Dataset versions this model version was trained, validated or evaluated on."
        >
          <Suspense fallback={<CardSkeleton label="Loading datasets" rows={3} />}>
            <DatasetsSection principal={principal} versionId={version.id} />
          </Suspense>
        </PageSection>
      );
    case "training":
      return <VersionTraining {...version} />;
    case "model-card":
      return <VersionModelCard markdown={version.modelCard} />;
    case "metrics":
      return (
        <PageSection
          title="Metrics"
          description="Evaluation results against the parent and the base, fairness per group, and drift over time."
        >
          {context.mayRecordMetrics && <MetricUpload versionId={version.id} />}
          <Suspense fallback={<CardSkeleton label="Loading the metrics" rows={8} />}>
            <MetricsSection principal={principal} versionId={version.id} />
          </Suspense>
        </PageSection>
      );
    case "lineage":
      return (
        <PageSection
          title="Lineage"
          description="Ancestors above, descendants below. Select a version to open it."
        >
          <Suspense fallback={<CardSkeleton label="Loading the lineage graph" rows={8} />}>
            <LineageSection versionId={version.id} />
          </Suspense>
        </PageSection>
      );
    case "promotions":
      return (
        <PageSection
          title="Promotions"
          description="Every request to move this version between stages, newest first, with the policy results frozen on it and the officers' decisions."
        >
          <VersionPromotions
            rows={promotions.items}
            truncated={promotions.truncated}
            empty={{
              title: "No promotion requested yet",
              text: context.mayPromote
                ? "Use “Request promotion” above when the version is ready: the policies judge it on the spot and officers review it."
                : "Requests to move this version between stages will be listed here with their policy results and decisions.",
            }}
          />
          {context.mayOverride && (
            <EmergencyOverride stage={version.stage} override={overrideStageAction.bind(null, version.id)} />
          )}
        </PageSection>
      );
    case "changes":
      return (
        <PageSection
          title="Change log"
          description="Every recorded change to this version and its artifacts, newest first."
        >
          <Suspense fallback={<CardSkeleton label="Loading the change log" rows={5} />}>
            <ChangeLogSection
              versionId={version.id}
              artifactIds={version.artifacts.map((artifact) => artifact.id)}
              auditHref={
                can(principal, "audit.read")
                  ? `/audit?entityType=model_version&entityId=${encodeURIComponent(version.id)}`
                  : undefined
              }
            />
          </Suspense>
        </PageSection>
      );
  }
}
