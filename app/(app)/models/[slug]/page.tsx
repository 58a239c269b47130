import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { EditModelPanel } from "@/components/models/edit-model-panel";
import { ModelFacts } from "@/components/models/model-facts";
import { ModelKindBadge } from "@/components/models/model-kind-badge";
import { ModelTagsAndAliases } from "@/components/models/model-tags-and-aliases";
import { RiskBadge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CardSkeleton } from "@/components/ui/skeleton";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { canChange } from "@/lib/server/registry/can-change";
import { loadModelOrNotFound, ownedBy } from "../load-model";
import { updateModelAction } from "./actions";
import { ModelChangeLog } from "./model-change-log";
import { ModelVersions } from "./model-versions";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ cursor?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).slug };
}

export default async function ModelPage({ params, searchParams }: Props) {
  const principal = await requirePageUser("registry.read");
  const { slug } = await params;
  const { cursor } = await searchParams;
  const model = await loadModelOrNotFound(principal, slug);
  const [mayEdit, mayRegister] = await Promise.all([
    canChange(principal, "models.write", ownedBy(model)),
    canChange(principal, "versions.write", ownedBy(model)),
  ]);
  const editable = {
    description: model.description,
    license: model.license,
    task: model.task,
    riskTier: model.riskTier,
    intendedUse: model.intendedUse,
  };
  const registerLink = mayRegister && (
    <ButtonLink href={`/models/${model.slug}/versions/new`}>Register a version</ButtonLink>
  );

  return (
    <div className="space-y-6">
      <div>
        <nav aria-label="Breadcrumb" className="mb-2 text-sm">
          <Link href="/models" className="text-indigo-700 hover:underline">
            Models
          </Link>
        </nav>
        <PageHeader
          title={model.name}
          description={
            <span className="flex flex-wrap items-center gap-2">
              <span className="font-mono text-slate-700">{model.slug}</span>
              <ModelKindBadge kind={model.kind} />
              <RiskBadge tier={model.riskTier} />
            </span>
          }
          actions={registerLink}
        />
      </div>
      <Card title="About this model">
        <EditModelPanel model={editable} mayEdit={mayEdit} action={updateModelAction.bind(null, model.slug)}>
          <ModelFacts model={model} />
        </EditModelPanel>
      </Card>
      <Card title="Aliases and tags">
        <ModelTagsAndAliases model={model} />
      </Card>
      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading" className="mb-3 text-lg font-semibold text-slate-900">
          Versions <span className="text-sm font-normal text-slate-600">({model.versionCount})</span>
        </h2>
        <Suspense key={cursor ?? ""} fallback={<CardSkeleton label="Loading versions" rows={5} />}>
          <ModelVersions principal={principal} model={model} cursor={cursor} registerLink={registerLink} />
        </Suspense>
      </section>
      <Card title="Change log">
        <Suspense fallback={<CardSkeleton label="Loading the change log" rows={3} />}>
          <ModelChangeLog
            modelId={model.id}
            auditHref={
              can(principal, "audit.read") ? `/audit?entityType=model&entityId=${model.id}` : undefined
            }
          />
        </Suspense>
      </Card>
    </div>
  );
}
