import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { EnabledBadge, ModeBadge } from "@/components/policies/policy-badges";
import { PolicyRules } from "@/components/policies/policy-rules";
import { VersionHistory } from "@/components/policies/version-history";
import { StageBadge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { CardSkeleton } from "@/components/ui/skeleton";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { loadPolicyOrNotFound } from "../load-policy";
import { ShadowSection } from "./shadow-section";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Policy ${(await params).id}` };
}

const one = (value: string | string[] | undefined) =>
  typeof value === "string" && value ? value : undefined;

export default async function PolicyPage({ params, searchParams }: Props) {
  const principal = await requirePageUser("registry.read");
  const { policy, versions } = await loadPolicyOrNotFound(principal, (await params).id);
  const query = await searchParams;
  const period = { from: one(query.from), to: one(query.to) };
  const editHref = can(principal, "policies.manage") ? `/policies/${policy.id}/edit` : undefined;

  return (
    <div className="space-y-6">
      <div>
        <nav aria-label="Breadcrumb" className="mb-2 text-sm">
          <Link href="/policies" className="text-indigo-700 hover:underline">
            Policies
          </Link>
        </nav>
        <PageHeader
          title={policy.name}
          description={
            <span className="flex flex-wrap items-center gap-2">
              <span className="font-mono text-slate-700">{policy.id}</span>
              <span>guards</span>
              <StageBadge stage={policy.targetStage} />
              <ModeBadge mode={policy.mode} />
              <EnabledBadge enabled={policy.enabled} />
              <span>
                version {policy.version}, saved by {policy.createdBy.name}{" "}
                <RelativeTime date={policy.createdAt} />
              </span>
            </span>
          }
          actions={editHref && <ButtonLink href={editHref}>Edit policy</ButtonLink>}
        />
        {policy.description && <p className="max-w-3xl text-sm text-slate-700">{policy.description}</p>}
      </div>
      <Card title="Rules">
        <PolicyRules policy={policy} />
      </Card>
      <Card title={policy.mode === "SHADOW" ? "What enforcing would have blocked" : "What it caught"}>
        <Suspense
          key={JSON.stringify(period)}
          fallback={<CardSkeleton label="Loading the shadow report" rows={6} />}
        >
          <ShadowSection principal={principal} policy={policy} period={period} editHref={editHref} />
        </Suspense>
      </Card>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 text-lg font-semibold text-slate-900">
          History{" "}
          <span className="text-sm font-normal text-slate-600">
            ({versions.length} {versions.length === 1 ? "version" : "versions"})
          </span>
        </h2>
        <VersionHistory versions={versions} />
      </section>
    </div>
  );
}
