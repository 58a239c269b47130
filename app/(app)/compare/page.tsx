import type { Metadata } from "next";
import { Suspense } from "react";
import { VersionPicker } from "@/components/compare/version-picker";
import { PageHeader } from "@/components/ui/page-header";
import { CardSkeleton } from "@/components/ui/skeleton";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { findCompareCandidates } from "@/lib/server/metrics/find-compare-candidates";
import { CompareResults } from "./compare-results";

export const metadata: Metadata = { title: "Compare versions" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const list = (value: string | string[] | undefined) => (value === undefined ? [] : [value].flat());

export default async function ComparePage({ searchParams }: Props) {
  const principal = await requirePageUser("registry.read");
  const params = await searchParams;
  const ids = list(params.v)
    .map((id) => id.trim())
    .filter(Boolean);
  const q = list(params.q)[0]?.trim().slice(0, 200) || undefined;
  const candidates = await findCompareCandidates(principal, ids, q);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Compare versions"
        description="Two to five versions side by side: their latest evaluation, fairness and drift figures, with the best value of each row marked. The address of this page is the comparison: share it."
      />
      <VersionPicker selected={candidates.selected} q={q} results={candidates.results} />
      <Suspense key={ids.join(",")} fallback={<CardSkeleton label="Loading the comparison" rows={8} />}>
        <CompareResults principal={principal} ids={ids} />
      </Suspense>
    </div>
  );
}
