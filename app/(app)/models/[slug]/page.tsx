import type { Metadata } from "next";
import Link from "next/link";
import { EditModelPanel } from "@/components/models/edit-model-panel";
import { ListPager } from "@/components/models/list-pager";
import { ModelFacts } from "@/components/models/model-facts";
import { ModelKindBadge } from "@/components/models/model-kind-badge";
import { ModelVersionsTable } from "@/components/models/model-versions-table";
import { RiskBadge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { listVersions } from "@/lib/server/versions/list-versions";
import { loadModelOrNotFound, mayChangeModel } from "../load-model";
import { updateModelAction } from "./actions";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ cursor?: string }> };

const VERSIONS_PER_PAGE = 20;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).slug };
}

export default async function ModelPage({ params, searchParams }: Props) {
  const principal = await requirePageUser("registry.read");
  const { slug } = await params;
  const { cursor } = await searchParams;
  const model = await loadModelOrNotFound(principal, slug);
  const [versions, mayEdit, mayRegister] = await Promise.all([
    listVersions(principal, { model: model.slug, cursor, limit: VERSIONS_PER_PAGE }),
    mayChangeModel(principal, model, "models.write"),
    mayChangeModel(principal, model, "versions.write"),
  ]);
  const registerLink = mayRegister && <ButtonLink href={`/models/${model.slug}/versions/new`}>Register a version</ButtonLink>;

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="-mb-4 text-sm">
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
      <Card title="About this model">
        <EditModelPanel model={model} mayEdit={mayEdit} action={updateModelAction.bind(null, model.slug)}>
          <ModelFacts model={model} />
        </EditModelPanel>
      </Card>
      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading" className="mb-3 text-lg font-semibold text-slate-900">
          Versions <span className="text-sm font-normal text-slate-600">({model.versionCount})</span>
        </h2>
        {versions.items.length === 0 && !cursor ? (
          <EmptyState title="No versions yet" action={registerLink || undefined}>
            A version records what was trained: its parents, datasets, training facts and model card. Its artifacts are uploaded right after.
          </EmptyState>
        ) : (
          <>
            <ModelVersionsTable versions={versions.items} modelName={model.name} />
            <ListPager
              nextCursor={versions.nextCursor}
              onLaterPage={!!cursor}
              hrefFor={(next) => (next ? `/models/${model.slug}?cursor=${encodeURIComponent(next)}` : `/models/${model.slug}`)}
            />
          </>
        )}
      </section>
    </div>
  );
}
