import type { Metadata } from "next";
import { Suspense } from "react";
import { readModelListParams } from "@/components/models/list-params";
import { ModelFilters } from "@/components/models/model-filters";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { CardSkeleton } from "@/components/ui/skeleton";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { listSelectableTeams } from "@/lib/server/models/resolve-owning-team";
import { ModelResults } from "./model-results";

export const metadata: Metadata = { title: "Models" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ModelsPage({ searchParams }: Props) {
  const principal = await requirePageUser("registry.read");
  const params = readModelListParams(await searchParams);
  const mayCreate = can(principal, "models.write");
  // Suggestions only: the team filter accepts any team's slug.
  const teams = await listSelectableTeams(principal);
  return (
    <div>
      <PageHeader
        title="Models"
        description="Every line of work in the registry: base models, adapters, fine-tunes, merges and quantized copies, with their owners and latest versions."
        actions={mayCreate && <ButtonLink href="/models/new">New model</ButtonLink>}
      />
      <ModelFilters params={params} teams={teams} />
      <Suspense key={JSON.stringify(params)} fallback={<CardSkeleton label="Loading models" rows={8} />}>
        <ModelResults principal={principal} params={params} mayCreate={mayCreate} />
      </Suspense>
    </div>
  );
}
